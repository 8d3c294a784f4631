// The ledger preview: rows that will be imported (with the targets they apply to and any new unit), rows with
// problems (row number, column and message), and rows naming no task of the plan.
import { Card, Space, Table, Tag, Typography } from 'antd';
import type { LedgerPreview } from '../../../shared/api/supervision';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';

type Good = LedgerPreview['goodRows'][number];
type Bad = LedgerPreview['badRows'][number];
type Unmatched = LedgerPreview['unmatchedRows'][number];

/** The ledger's column keys (src/domain/supervision/ledger.ts LedgerRow) as the table's own headers. */
const columnKeys = new Set([
  'seq',
  'category',
  'task',
  'quantTarget',
  'leadLeader',
  'leadUnit',
  'cooperatingUnits',
  'deadlineText',
  'latestProgress',
  'status',
]);

export function PreviewTables({ preview }: { preview: LedgerPreview }) {
  const { t } = useI18n();
  const columnName = (key: string | null) =>
    key === null ? null : columnKeys.has(key) ? t(`ledger.col.${key}` as MessageKey) : key;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={t('ledger.good', { n: preview.goodRows.length })}>
        <Table<Good>
          rowKey="row"
          size="small"
          dataSource={preview.goodRows}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          data-testid="ledger-good"
          columns={[
            { title: t('ledger.row'), dataIndex: 'row', width: 60, fixed: 'left' },
            { title: t('ledger.task'), dataIndex: 'task', width: 260 },
            { title: t('ledger.lead'), dataIndex: 'leadUnit', width: 140 },
            {
              title: t('ledger.cooperating'),
              width: 180,
              render: (_, r) => r.cooperatingUnits.join('、') || '—',
            },
            { title: t('ledger.leader'), dataIndex: 'leadLeader', width: 100 },
            { title: t('ledger.deadline'), dataIndex: 'deadlineText', width: 100 },
            { title: t('ledger.targets'), width: 80, render: (_, r) => r.targetIds.length },
            {
              title: t('ledger.newDepartments'),
              width: 160,
              render: (_, r) => r.newDepartments.map((d) => <Tag key={d}>{d}</Tag>),
            },
          ]}
        />
      </Card>
      {preview.badRows.length > 0 && (
        <Card size="small" title={t('ledger.bad', { n: preview.badRows.length })}>
          <Table<Bad>
            rowKey="row"
            size="small"
            dataSource={preview.badRows}
            pagination={false}
            data-testid="ledger-bad"
            columns={[
              { title: t('ledger.row'), dataIndex: 'row', width: 60 },
              {
                title: t('ledger.errors'),
                render: (_, r) => (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {r.errors.map((e) => (
                      <li key={`${e.column}-${e.message}`}>
                        <Typography.Text type="danger">
                          {e.column ? `${columnName(e.column)}:${e.message}` : e.message}
                        </Typography.Text>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </Card>
      )}
      {preview.unmatchedRows.length > 0 && (
        <Card size="small" title={t('ledger.unmatched', { n: preview.unmatchedRows.length })}>
          <Table<Unmatched>
            rowKey="row"
            size="small"
            dataSource={preview.unmatchedRows}
            pagination={false}
            data-testid="ledger-unmatched"
            columns={[
              { title: t('ledger.row'), dataIndex: 'row', width: 60 },
              { title: t('ledger.task'), dataIndex: 'task' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
