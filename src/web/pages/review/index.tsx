// 审核: the 督查室's queue of submitted progress reports; approve (asks first) or return with a reason. On a
// qualitative target the reviewer may give a verdict (已完成/序时推进/滞后/未启动, DOMAIN.md §3.2) with the approval.
import { App, Button, Card, Radio, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ProgressReport } from '../../../shared/api/progress';
import { VERDICT_IDS, VERDICTS, type Verdict } from '../../../shared/status';
import { useReportError } from '../../api/errors';
import { defaultPlanId, usePlans } from '../../api/hooks';
import { useProgressAction, useProgressList } from '../../api/progress';
import { formatDateTime, formatTargetValue } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { QueryState } from '../../components/QueryState';
import { HistoryList } from '../target-detail/HistoryList';
import { useTargets } from '../targets/api';
import { ReturnModal } from './ReturnModal';

export default function ReviewPage() {
  const { t, locale } = useI18n();
  const { modal, message } = App.useApp();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data) : null;
  const queue = useProgressList('submitted', planId);
  const targets = useTargets(planId, {});
  const byId = useMemo(() => new Map((targets.data ?? []).map((x) => [x.id, x])), [targets.data]);
  const approve = useProgressAction('approve');
  const reportError = useReportError();
  const [returning, setReturning] = useState<ProgressReport | null>(null);
  const [verdicts, setVerdicts] = useState<ReadonlyMap<number, Verdict>>(new Map());
  const pick = (id: number, v: Verdict) => setVerdicts((m) => new Map(m).set(id, v));

  const onApprove = (r: ProgressReport) =>
    modal.confirm({
      title: t('progress.approve'),
      content: t('progress.approveConfirm'),
      okText: t('progress.approve'),
      cancelText: t('common.cancel'),
      onOk: () =>
        approve
          .mutateAsync({ id: r.id, version: r.version, verdict: verdicts.get(r.id) })
          .then(() => void message.success(t('progress.approved')))
          .catch(reportError),
    });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('review.title')}
      </Typography.Title>
      <QueryState query={queue} isEmpty={(list) => list.length === 0} empty={t('review.empty')}>
        {(list) => (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {list.map((r) => {
              const target = byId.get(r.targetId);
              return (
                <Card
                  key={r.id}
                  size="small"
                  data-testid="review-item"
                  title={
                    target ? <Link to={`/targets/${target.id}`}>{target.indicator}</Link> : `#${r.targetId}`
                  }
                  extra={
                    <Typography.Text type="secondary">
                      {formatDateTime(r.submittedAt, locale)}
                    </Typography.Text>
                  }
                  actions={[
                    <Button
                      key="ok"
                      type="primary"
                      size="small"
                      onClick={() => onApprove(r)}
                      data-testid="approve"
                    >
                      {t('progress.approve')}
                    </Button>,
                    <Button
                      key="back"
                      danger
                      size="small"
                      onClick={() => setReturning(r)}
                      data-testid="return"
                    >
                      {t('progress.return')}
                    </Button>,
                  ]}
                >
                  {target && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {`${t('dashboard.target')}: ${formatTargetValue(target, locale)}${target.assignment?.lead ? ` · ${target.assignment.lead.name}` : ''}`}
                    </Typography.Paragraph>
                  )}
                  <HistoryList history={[r]} unit={target?.unit ?? ''} />
                  {target?.type === 'qualitative' && (
                    <Space wrap style={{ marginTop: 8 }}>
                      <Typography.Text strong>{t('review.verdict')}</Typography.Text>
                      <Radio.Group
                        optionType="button"
                        size="small"
                        value={verdicts.get(r.id)}
                        onChange={(e) => pick(r.id, e.target.value as Verdict)}
                        options={VERDICT_IDS.map((v) => ({ value: v, label: VERDICTS[v][locale] }))}
                        data-testid="verdict"
                      />
                      <Typography.Text type="secondary">{t('review.verdictHint')}</Typography.Text>
                    </Space>
                  )}
                </Card>
              );
            })}
          </Space>
        )}
      </QueryState>
      <ReturnModal report={returning} onClose={() => setReturning(null)} />
    </Space>
  );
}
