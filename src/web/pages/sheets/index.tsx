// 督办单 list of a plan (a reporter sees its department's only): level, item, unit, response deadline and
// state, filtered in the URL (?state=active|closed|all). The 督查室 can run the daily review at once. On a phone
// (under 768 px) each sheet is a list item with 文号, level, state, item, unit and deadline in view: the table
// hid 责任单位/期限/状态 off-screen, behind a sideways scroll.
import { App, Button, List, Segmented, Space, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Sheet } from '../../../shared/api/supervision';
import { useReportError } from '../../api/errors';
import { useRoutePlanId } from '../../api/hooks';
import { useSession } from '../../api/session';
import { useI18n } from '../../app/i18n';
import { useNarrow } from '../../app/useNarrow';
import { ErrorState } from '../../components/QueryState';
import { SheetColourTag, SheetStateTag } from '../../components/SheetTags';
import { type SheetFilter, useReviewSheets, useSheets } from './api';

const filters: SheetFilter[] = ['active', 'closed', 'all'];

export default function SheetsPage() {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const planId = useRoutePlanId();
  const [params, setParams] = useSearchParams();
  const state = filters.find((f) => f === params.get('state')) ?? 'active';
  const sheets = useSheets({ planId, state });
  const review = useReviewSheets();
  const reportError = useReportError();
  const isAdmin = useSession().data?.role === 'admin';
  const narrow = useNarrow();

  const runReview = () =>
    modal.confirm({
      title: t('sheet.review'),
      content: t('sheet.reviewAsk'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        planId === null
          ? undefined
          : review
              .mutateAsync(planId)
              .then(
                (r) =>
                  void message.success(
                    t('sheet.reviewDone', { issued: r.issued.length, escalated: r.escalated.length }),
                  ),
              )
              .catch(reportError),
    });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="sheets-page">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('sheet.title')}
        </Typography.Title>
        <Segmented
          value={state}
          onChange={(value) => setParams({ state: String(value) }, { replace: true })}
          options={filters.map((f) => ({ value: f, label: t(`sheet.filter.${f}`) }))}
        />
        {isAdmin && (
          <Button onClick={runReview} loading={review.isPending}>
            {t('sheet.review')}
          </Button>
        )}
      </Space>
      {sheets.isError ? (
        <ErrorState error={sheets.error} onRetry={() => void sheets.refetch()} />
      ) : narrow ? (
        <List<Sheet>
          loading={sheets.isPending}
          dataSource={sheets.data ?? []}
          locale={{ emptyText: t('sheet.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          renderItem={(s) => (
            <List.Item data-testid="sheet-row">
              <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
                <Space wrap size={[8, 4]}>
                  <Link to={`/sheets/${s.id}`} data-testid="sheet-row-number">
                    {s.number}
                  </Link>
                  <SheetColourTag colour={s.colour} />
                  <span data-testid="sheet-row-state">
                    <SheetStateTag sheet={s} />
                  </span>
                </Space>
                <Link to={`/targets/${s.target.id}`}>{s.target.indicator}</Link>
                <Typography.Text type="secondary" data-testid="sheet-row-department">
                  {t('sheet.department')}: {s.department?.name ?? '—'}
                </Typography.Text>
                <Typography.Text type="secondary" data-testid="sheet-row-deadline">
                  {t('sheet.deadline')}: {s.responseDeadline}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Table<Sheet>
          rowKey="id"
          size="small"
          loading={sheets.isPending}
          dataSource={sheets.data ?? []}
          locale={{ emptyText: t('sheet.empty') }}
          scroll={{ x: 1000 }}
          pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
          onRow={() => ({ 'data-testid': 'sheet-row' }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('sheet.number'),
              width: 150,
              fixed: 'left',
              render: (_, s) => <Link to={`/sheets/${s.id}`}>{s.number}</Link>,
            },
            { title: t('sheet.colour'), width: 100, render: (_, s) => <SheetColourTag colour={s.colour} /> },
            {
              title: t('sheet.target'),
              // The one column without a width takes what the others leave of scroll.x: keep it readable.
              width: 230,
              render: (_, s) => <Link to={`/targets/${s.target.id}`}>{s.target.indicator}</Link>,
            },
            { title: t('sheet.department'), width: 150, render: (_, s) => s.department?.name ?? '—' },
            { title: t('sheet.issuedOn'), width: 110, dataIndex: 'issuedOn' },
            { title: t('sheet.deadline'), width: 110, dataIndex: 'responseDeadline' },
            { title: t('sheet.state'), width: 150, render: (_, s) => <SheetStateTag sheet={s} /> },
          ]}
        />
      )}
    </Space>
  );
}
