// 部门工作台: a reporter's home — what is due this period, items returned with the reason, drafts, and all
// of the department's targets, each with a button to report progress. The admin picks a department.
import { Button, Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ProgressReport } from '../../../shared/api/progress';
import type { Target } from '../../../shared/api/targets';
import { defaultPlanId, useDepartments, usePlans } from '../../api/hooks';
import { useProgressList } from '../../api/progress';
import { useSession } from '../../api/session';
import { formatNumber, formatTargetValue } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { ProgressDrawer } from '../../components/ProgressDrawer';
import { QueryState } from '../../components/QueryState';
import { StatusTag } from '../../components/StatusTag';
import { useWorkload } from './api';
import { ReportList } from './ReportList';

export default function DepartmentPage() {
  const { t, locale } = useI18n();
  const user = useSession().data;
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const departments = useDepartments();
  const chosen = Number(params.get('id')) || null;
  const departmentId = user?.role === 'reporter' ? user.departmentId : chosen;
  const planId = Number(params.get('planId')) || (plans.data ? defaultPlanId(plans.data) : null);
  const workload = useWorkload(departmentId, planId);
  const [editing, setEditing] = useState<{ target: Target; report: ProgressReport | null } | null>(null);
  const targetsById = useMemo(
    () => new Map((workload.data?.targets ?? []).map((x) => [x.id, x])),
    [workload.data],
  );
  // Reports waiting for review: evidence may still be added to them.
  const pending = useProgressList('submitted', planId);
  const submitted = (pending.data ?? []).filter((r) => targetsById.has(r.targetId));

  const picker = user?.role !== 'reporter' && (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('department.pick')}
      style={{ minWidth: 220 }}
      value={departmentId ?? undefined}
      onChange={(id: number) => setParams({ id: String(id) })}
      options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
    />
  );
  const reportButton = (target: Target) => (
    <Button
      size="small"
      type="primary"
      onClick={() => setEditing({ target, report: null })}
      data-testid={`report-${target.id}`}
    >
      {t('progress.new')}
    </Button>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {workload.data?.department.name ?? t('department.title')}
        </Typography.Title>
        {picker}
      </Space>
      {departmentId === null ? (
        <Empty description={t('department.pick')} />
      ) : (
        <QueryState query={workload}>
          {(w) => (
            <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="workload">
              <Card size="small" title={t('department.due')}>
                {w.due.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                ) : (
                  w.due.map((d) => {
                    const target = targetsById.get(d.targetId);
                    return (
                      <div
                        key={`${d.targetId}-${d.date}`}
                        style={{
                          display: 'flex',
                          gap: 8,
                          alignItems: 'center',
                          padding: '4px 0',
                          flexWrap: 'wrap',
                        }}
                      >
                        <Typography.Text strong>{target?.indicator ?? `#${d.targetId}`}</Typography.Text>
                        <Typography.Text type="secondary">{`${d.label || t('target.deadline')} · ${d.date}`}</Typography.Text>
                        {target && reportButton(target)}
                      </div>
                    );
                  })
                )}
              </Card>
              {w.returned.length > 0 && (
                <Card size="small" title={t('department.returned')}>
                  <ReportList
                    reports={w.returned}
                    targets={targetsById}
                    testId="returned-item"
                    onOpen={(target, report) => setEditing({ target, report })}
                  />
                </Card>
              )}
              {submitted.length > 0 && (
                <Card size="small" title={t('department.submitted')}>
                  <ReportList reports={submitted} targets={targetsById} testId="submitted-item" />
                </Card>
              )}
              <Card size="small" title={t('department.drafts')}>
                <ReportList
                  reports={w.drafts}
                  targets={targetsById}
                  testId="draft-item"
                  onOpen={(target, report) => setEditing({ target, report })}
                />
              </Card>
              <Card size="small" title={t('department.myTargets')}>
                <Table<Target>
                  rowKey="id"
                  size="small"
                  dataSource={w.targets}
                  pagination={false}
                  scroll={{ x: 640 }}
                  columns={[
                    {
                      title: t('target.indicator'),
                      render: (_, r) => <Link to={`/targets/${r.id}`}>{r.indicator}</Link>,
                    },
                    { title: t('target.value'), width: 120, render: (_, r) => formatTargetValue(r, locale) },
                    {
                      title: t('target.status'),
                      width: 90,
                      render: (_, r) => <StatusTag status={r.judgement.status} colour={r.judgement.colour} />,
                    },
                    {
                      title: t('target.latest'),
                      width: 120,
                      render: (_, r) =>
                        r.latest
                          ? `${formatNumber(r.latest.value ?? r.latest.yoy, locale)} (${r.latest.period})`
                          : '—',
                    },
                    // Kept in view while the table scrolls sideways: on a phone it was off the screen's edge.
                    {
                      title: t('common.actions'),
                      width: 140,
                      fixed: 'right',
                      render: (_, r) => reportButton(r),
                    },
                  ]}
                />
              </Card>
            </Space>
          )}
        </QueryState>
      )}
      <ProgressDrawer
        target={editing?.target ?? null}
        report={editing?.report}
        planYear={plans.data?.find((p) => p.id === planId)?.year ?? null}
        onClose={() => setEditing(null)}
      />
    </Space>
  );
}
