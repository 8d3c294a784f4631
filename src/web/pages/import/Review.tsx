// Review a draft plan side by side with its source: fix or delete extracted items, add a missed one by
// selecting its text, then confirm. Clicking either side shows the matching item on the other. Targets set
// below last year's actual (the ambition check) are flagged.
import { Alert, App, Button, Card, Col, List, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { TargetListItem } from '../../../shared/api/targets';
import { flaggedByTarget, useAmbition } from '../../api/ambition';
import { useReportError } from '../../api/errors';
import { usePlan } from '../../api/hooks';
import { planName, targetLine } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { AmbitionTag } from '../../components/AmbitionFlag';
import { QueryState } from '../../components/QueryState';
import { Warnings } from '../../components/Warnings';
import { usePlanSource } from '../source/api';
import { SourceText } from '../source/SourceText';
import { useTargets } from '../targets/api';
import { useConfirmPlan, useDeleteTarget } from './api';
import { TargetForm } from './TargetForm';

type Selection = { start: number; end: number; text: string };
const paneStyle = { maxHeight: 'calc(100vh - 260px)', minHeight: 240, overflow: 'auto' } as const;

export function Review({ planId }: { planId: number }) {
  const { t, locale } = useI18n();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const source = usePlanSource(planId);
  const targets = useTargets(planId, {});
  const flagged = flaggedByTarget(useAmbition(planId).data);
  const remove = useDeleteTarget();
  const confirm = useConfirmPlan();
  const reportError = useReportError();
  const [active, setActive] = useState<number | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [adding, setAdding] = useState<Selection | null>(null);
  const [editing, setEditing] = useState<TargetListItem | null>(null);

  const askDelete = (target: TargetListItem) =>
    modal.confirm({
      title: t('import.deleteAsk'),
      content: target.indicator,
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(target.id).catch(reportError),
    });
  const askConfirm = () =>
    modal.confirm({
      title: t('import.confirm'),
      content: t('import.confirmAsk'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        confirm
          .mutateAsync(planId)
          .then(() => {
            void message.success(t('import.confirmed'));
            navigate(`/plans/${planId}/dashboard`);
          })
          .catch(reportError),
    });

  const isDraft = plan.data?.status === 'draft';
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="import-review">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {plan.data ? planName(plan.data) : t('import.review')}
        </Typography.Title>
        {isDraft && (
          <Button type="primary" onClick={askConfirm} loading={confirm.isPending} data-testid="confirm-plan">
            {t('import.confirm')}
          </Button>
        )}
      </Space>
      {plan.data && <Warnings warnings={plan.data.warnings} />}
      {flagged.size > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('ambition.summary', { n: flagged.size })}
          data-testid="ambition-summary"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Card
            size="small"
            title={t('source.title')}
            extra={
              <Button
                size="small"
                disabled={!selection}
                onClick={() => setAdding(selection)}
                data-testid="add-selected"
              >
                {t('import.addSelected')}
              </Button>
            }
          >
            <Typography.Paragraph type="secondary">{t('import.selectHint')}</Typography.Paragraph>
            <div style={paneStyle}>
              <QueryState query={source}>
                {(s) => (
                  <SourceText
                    source={s}
                    focus={focus}
                    activeTargetId={active}
                    damagedLabel={t('source.damaged')}
                    onSelectRange={setSelection}
                    onHighlightClick={(h) => {
                      setActive(h.targetId);
                      if (h.targetId !== null)
                        document
                          .getElementById(`draft-target-${h.targetId}`)
                          ?.scrollIntoView({ block: 'center' });
                    }}
                  />
                )}
              </QueryState>
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <Card size="small" title={`${t('nav.targets')} (${targets.data?.length ?? 0})`}>
            <div style={paneStyle}>
              <QueryState query={targets}>
                {(list) => (
                  <List
                    size="small"
                    dataSource={list}
                    renderItem={(target) => (
                      <List.Item
                        id={`draft-target-${target.id}`}
                        data-testid="draft-target"
                        style={target.id === active ? { background: '#e6f4ff' } : undefined}
                        actions={[
                          <Button key="e" size="small" onClick={() => setEditing(target)}>
                            {t('common.edit')}
                          </Button>,
                          <Button key="d" size="small" danger onClick={() => askDelete(target)}>
                            {t('common.delete')}
                          </Button>,
                        ]}
                      >
                        <Typography.Link
                          onClick={() => {
                            setActive(target.id);
                            setFocus(target.start);
                          }}
                        >
                          {targetLine(target, locale)}
                        </Typography.Link>
                        {flagged.has(target.id) && <AmbitionTag match={flagged.get(target.id)!} />}
                      </List.Item>
                    )}
                  />
                )}
              </QueryState>
            </div>
          </Card>
        </Col>
      </Row>
      <TargetForm planId={planId} target={editing} onClose={() => setEditing(null)} />
      <TargetForm planId={planId} selection={adding} onClose={() => setAdding(null)} />
    </Space>
  );
}
