// 目标任务: the plan's targets with filters in the URL, assignment in place (admin) and bulk assignment.
import { Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { TargetListItem } from '../../../shared/api/targets';
import { TARGET_TYPES } from '../../../shared/status';
import { usePlan, useRoutePlanId } from '../../api/hooks';
import { useSession } from '../../api/session';
import { formatNumber, formatTargetValue } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { AssignmentModal } from '../../components/AssignmentModal';
import { ErrorState } from '../../components/QueryState';
import { StatusTag } from '../../components/StatusTag';
import { type TargetFilters, useTargets } from './api';
import { Filters } from './Filters';

function readFilters(params: URLSearchParams): TargetFilters {
  const num = (key: string) => {
    const n = Number(params.get(key));
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const str = (key: string) => params.get(key) || undefined;
  return {
    area: num('area'),
    department: num('department'),
    status: str('status'),
    type: str('type'),
    modality: str('modality'),
    q: str('q'),
  };
}

export default function TargetsPage() {
  const { t, locale } = useI18n();
  const planId = useRoutePlanId();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const targets = useTargets(planId, filters);
  const plan = usePlan(planId);
  const isAdmin = useSession().data?.role === 'admin';
  const [selected, setSelected] = useState<number[]>([]);
  const [editing, setEditing] = useState<TargetListItem | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);

  const setFilter = (key: keyof TargetFilters, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<TargetListItem> = [
    {
      title: t('target.indicator'),
      dataIndex: 'indicator',
      width: 220,
      fixed: 'left',
      render: (_, r) => <Link to={`/targets/${r.id}`}>{r.indicator}</Link>,
    },
    { title: t('target.value'), width: 130, render: (_, r) => formatTargetValue(r, locale) },
    { title: t('target.type'), dataIndex: 'type', width: 90, render: (_, r) => TARGET_TYPES[r.type][locale] },
    {
      title: t('target.status'),
      width: 100,
      render: (_, r) => <StatusTag status={r.judgement.status} colour={r.judgement.colour} />,
    },
    {
      title: t('target.latest'),
      width: 130,
      render: (_, r) =>
        r.latest ? `${formatNumber(r.latest.value ?? r.latest.yoy, locale)} (${r.latest.period})` : '—',
    },
    {
      title: t('target.lead'),
      width: 160,
      render: (_, r) =>
        r.assignment?.lead ? (
          <span>
            {r.assignment.lead.name}
            {r.assignment.suggested && <Typography.Text type="secondary"> *</Typography.Text>}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('target.unassigned')}</Typography.Text>
        ),
    },
    {
      title: t('target.cooperating'),
      width: 180,
      ellipsis: true,
      render: (_, r) => r.assignment?.cooperating.map((d) => d.name).join('、') || '—',
    },
    { title: t('target.leader'), width: 100, render: (_, r) => r.assignment?.leadLeader || '—' },
    {
      title: t('target.deadline'),
      width: 120,
      render: (_, r) => r.assignment?.deadline ?? (r.assignment?.deadlineText || '—'),
    },
  ];
  if (isAdmin) {
    columns.push({
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Button size="small" onClick={() => setEditing(r)} data-testid={`assign-${r.id}`}>
          {t('target.assign')}
        </Button>
      ),
    });
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.targets')}
      </Typography.Title>
      <Filters plan={plan.data} filters={filters} onChange={setFilter} />
      {isAdmin && (
        <Button disabled={selected.length === 0} onClick={() => setBulkOpen(true)} data-testid="bulk-assign">
          {t('target.bulkAssign', { n: selected.length })}
        </Button>
      )}
      {targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
      ) : (
        <Table<TargetListItem>
          rowKey="id"
          size="small"
          loading={targets.isFetching}
          dataSource={targets.data ?? []}
          columns={columns}
          scroll={{ x: 1200 }}
          pagination={{
            defaultPageSize: 50,
            showSizeChanger: true,
            showTotal: (n) => t('target.count', { n }),
          }}
          rowSelection={
            isAdmin
              ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) }
              : undefined
          }
        />
      )}
      <AssignmentModal
        open={editing !== null}
        target={editing ?? undefined}
        regionId={plan.data?.region.id}
        onClose={() => setEditing(null)}
      />
      <AssignmentModal
        open={bulkOpen}
        targetIds={selected}
        regionId={plan.data?.region.id}
        onClose={() => setBulkOpen(false)}
        onDone={() => setSelected([])}
      />
    </Space>
  );
}
