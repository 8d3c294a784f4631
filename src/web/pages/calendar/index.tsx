// 报送日历: for a day (?today=, default the server's today), each department's reports upcoming, due, submitted
// on time, late or missing with its on-time rate; a department's row opens its entries (?department=), and the
// download button gives that department's (or the plan's) due dates as an .ics file for a calendar app.
import { Button, Card, DatePicker, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { useRoutePlanId } from '../../api/hooks';
import { formatPercent } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { QueryState } from '../../components/QueryState';
import { useTargets } from '../targets/api';
import { type Calendar, type CalendarEntry, calendarIcsUrl, type EntryState, useCalendar } from './api';

const stateColour: Record<EntryState, string> = {
  upcoming: 'default',
  due: 'processing',
  submitted: 'success',
  late: 'warning',
  missing: 'error',
};
const states: EntryState[] = ['due', 'submitted', 'late', 'missing', 'upcoming'];
type DepartmentRow = Calendar['departments'][number];

function EntryStateTag({ state }: { state: EntryState }) {
  const { t } = useI18n();
  return (
    <Tag color={stateColour[state]} data-state={state}>
      {t(`calendar.state.${state}`)}
    </Tag>
  );
}

export default function CalendarPage() {
  const { t, locale } = useI18n();
  const planId = useRoutePlanId();
  const [params, setParams] = useSearchParams();
  const today = params.get('today');
  const chosen = Number(params.get('department')) || null;
  const calendar = useCalendar(planId, today);
  const targets = useTargets(planId, {});
  const names = new Map((targets.data ?? []).map((x) => [x.id, x.indicator]));
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="calendar-page">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('calendar.title')}
        </Typography.Title>
        <DatePicker
          aria-label={t('calendar.today')}
          placeholder={t('calendar.today')}
          value={today ? dayjs(today) : null}
          onChange={(v) => set('today', v ? v.format('YYYY-MM-DD') : null)}
        />
      </Space>
      <QueryState query={calendar} isEmpty={(c) => c.entries.length === 0} empty={t('calendar.empty')}>
        {(c) => {
          const only =
            chosen ?? (c.departments.length === 1 ? (c.departments[0]?.department?.id ?? null) : null);
          const entries = c.entries.filter((e) => only === null || e.departmentId === only);
          return (
            <>
              <Card size="small" title={`${t('calendar.departments')} · ${c.today}`}>
                <Table<DepartmentRow>
                  rowKey={(r) => r.department?.id ?? 0}
                  size="small"
                  dataSource={c.departments}
                  pagination={false}
                  scroll={{ x: 640 }}
                  data-testid="calendar-departments"
                  onRow={(r) => ({
                    onClick: () => set('department', r.department ? String(r.department.id) : null),
                    style: { cursor: 'pointer', fontWeight: r.department?.id === only ? 600 : undefined },
                  })}
                  columns={[
                    {
                      title: t('calendar.department'),
                      width: 160,
                      fixed: 'left',
                      render: (_, r) => r.department?.name ?? t('calendar.unassigned'),
                    },
                    ...states.map((s) => ({
                      title: t(`calendar.state.${s}`),
                      width: 80,
                      render: (_: unknown, r: DepartmentRow) => r[s],
                    })),
                    {
                      title: t('calendar.onTimeRate'),
                      width: 100,
                      render: (_, r) => (r.onTimeRate === null ? '—' : formatPercent(r.onTimeRate, locale)),
                    },
                  ]}
                />
                {c.departments.length > 1 && (
                  <Typography.Text type="secondary">{t('calendar.pickDepartment')}</Typography.Text>
                )}
              </Card>
              <Card
                size="small"
                title={t('calendar.entries')}
                extra={
                  planId !== null && (
                    <Tooltip title={t(only === null ? 'calendar.ics.plan' : 'calendar.ics.department')}>
                      <Button
                        size="small"
                        href={calendarIcsUrl(planId, only, locale)}
                        download
                        data-testid="calendar-ics"
                      >
                        {t('calendar.ics.download')}
                      </Button>
                    </Tooltip>
                  )
                }
              >
                <Table<CalendarEntry>
                  rowKey={(e) => `${e.targetId}-${e.period}`}
                  size="small"
                  dataSource={entries}
                  pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
                  scroll={{ x: 720 }}
                  data-testid="calendar-entries"
                  columns={[
                    {
                      title: t('calendar.target'),
                      width: 150,
                      fixed: 'left',
                      render: (_, e) => (
                        <Link to={`/targets/${e.targetId}`}>{names.get(e.targetId) ?? `#${e.targetId}`}</Link>
                      ),
                    },
                    {
                      title: t('calendar.state'),
                      width: 100,
                      render: (_, e) => <EntryStateTag state={e.state} />,
                    },
                    { title: t('calendar.period'), dataIndex: 'period', width: 90 },
                    { title: t('calendar.dueDate'), dataIndex: 'dueDate', width: 110 },
                    { title: t('calendar.submittedOn'), width: 110, render: (_, e) => e.submittedOn ?? '—' },
                    {
                      title: t('calendar.daysOverdue'),
                      width: 90,
                      render: (_, e) => (e.daysOverdue > 0 ? e.daysOverdue : '—'),
                    },
                  ]}
                />
              </Card>
            </>
          );
        }}
      </QueryState>
    </Space>
  );
}
