// The published items of one plan, as the public disclosure pages show them: 任务, 牵头单位, and the latest
// approved 进展 with its period (DOMAIN.md §5 "Fields shown").
import { Descriptions, Input, List, Typography } from 'antd';
import { useState } from 'react';
import type { PublicPlan } from '../../../shared/api/public';
import { formatNumber, formatTargetValue, planName, sentenceText } from '../../app/format';
import { useI18n } from '../../app/i18n';

export function PlanItems({ plan }: { plan: PublicPlan }) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  // The cumulative value, or for a growth target the 同比 it is judged on (DOMAIN.md §3.2).
  const latestFigure = (latest: { value: number | null; yoy: number | null }, unit: string) =>
    latest.value !== null
      ? `${formatNumber(latest.value, locale)}${unit}`
      : latest.yoy !== null
        ? t('public.yoy', { value: formatNumber(latest.yoy, locale) })
        : '—';
  // 序号 is the item's place in the plan: the same on every page of the list and in a search.
  const seq = new Map(plan.items.map((item, index) => [item.id, index + 1]));
  const items = plan.items.filter(
    (i) => !q || i.indicator.includes(q) || sentenceText(i.span).includes(q) || (i.lead ?? '').includes(q),
  );
  return (
    <>
      <Typography.Title level={3}>{planName(plan)}</Typography.Title>
      <Input.Search
        allowClear
        placeholder={t('common.search')}
        onSearch={setQ}
        style={{ maxWidth: 320, marginBottom: 12 }}
      />
      <List
        dataSource={items}
        locale={{ emptyText: t('common.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        renderItem={(item) => (
          <List.Item data-testid="public-item">
            <div style={{ width: '100%' }}>
              <Typography.Text strong>{`${seq.get(item.id)}. ${item.indicator}`}</Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
                {sentenceText(item.span)}
              </Typography.Paragraph>
              <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
                <Descriptions.Item label={t('target.value')}>
                  {formatTargetValue(item, locale)}
                </Descriptions.Item>
                <Descriptions.Item label={t('target.lead')}>{item.lead ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('target.latest')}>
                  {item.latest ? `${item.latest.period} ${latestFigure(item.latest, item.unit)}` : '—'}
                </Descriptions.Item>
              </Descriptions>
              {item.latest?.progress && (
                <Typography.Paragraph style={{ margin: 0 }}>{item.latest.progress}</Typography.Paragraph>
              )}
            </div>
          </List.Item>
        )}
      />
    </>
  );
}
