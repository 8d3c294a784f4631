// 报送规则 (admin; others read it): the plan's reporting rule (cadence, due day, months later; DOMAIN.md §1.3
// "每月25日前", "每季度末") and per-target rules, e.g. a quarterly GDP target in a monthly plan (§3.1).
import { App, Button, Card, Form, Modal, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReportingRule } from '../../../shared/api/supervision';
import { useReportError } from '../../api/errors';
import { useRoutePlanId } from '../../api/hooks';
import { useSession } from '../../api/session';
import { useI18n } from '../../app/i18n';
import { QueryState } from '../../components/QueryState';
import { useTargets } from '../targets/api';
import { usePutPlanRule, usePutTargetRule, useReporting } from './api';
import { checkedRule, RuleFields, ruleText } from './RuleFields';

type Override = ReportingRule & { targetId: number };

function PlanRuleCard({
  planId,
  rule,
  version,
  canEdit,
}: {
  planId: number;
  rule: ReportingRule;
  version: number;
  canEdit: boolean;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportingRule>();
  const put = usePutPlanRule();
  const reportError = useReportError();
  useEffect(() => form.setFieldsValue(rule), [form, rule]);
  const onSave = async () => {
    const checked = await checkedRule(form, t, locale);
    if (!checked) return;
    put.mutate(
      { planId, rule: checked, version },
      { onSuccess: () => void message.success(t('reporting.saved')), onError: (e) => reportError(e, form) },
    );
  };
  return (
    <Card size="small" title={t('reporting.planRule')} data-testid="plan-rule">
      <Typography.Paragraph type="secondary">{t('reporting.planRuleHint')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="plan-rule-text">{ruleText(rule, t, locale)}</Typography.Paragraph>
      <Form<ReportingRule> form={form} layout="inline" disabled={!canEdit}>
        <RuleFields />
        {canEdit && (
          <Button type="primary" onClick={onSave} loading={put.isPending} data-testid="plan-rule-save">
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}

function OverrideModal({
  planId,
  open,
  onClose,
  base,
  taken,
}: {
  planId: number;
  open: boolean;
  onClose: () => void;
  base: ReportingRule;
  taken: ReadonlySet<number>;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<ReportingRule & { targetId?: number }>();
  const targets = useTargets(planId, {});
  const put = usePutTargetRule();
  const reportError = useReportError();
  useEffect(() => {
    if (open) form.setFieldsValue({ ...base, targetId: undefined });
  }, [open, base, form]);
  const onOk = async () => {
    const targetId = form.getFieldValue('targetId') as number | undefined;
    const rule = await checkedRule(form, t, locale);
    if (!targetId) form.setFields([{ name: 'targetId', errors: [t('reporting.pickTarget')] }]);
    if (!targetId || !rule) return;
    put.mutate({ planId, targetId, rule }, { onSuccess: onClose, onError: (e) => reportError(e, form) });
  };
  return (
    <Modal
      open={open}
      title={t('reporting.addOverride')}
      onCancel={onClose}
      onOk={onOk}
      confirmLoading={put.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="targetId" label={t('reporting.target')}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="override-target"
            options={(targets.data ?? [])
              .filter((x) => !taken.has(x.id))
              .map((x) => ({ value: x.id, label: x.indicator }))}
          />
        </Form.Item>
        <RuleFields />
      </Form>
    </Modal>
  );
}

export default function ReportingPage() {
  const { t, locale } = useI18n();
  const { modal } = App.useApp();
  const planId = useRoutePlanId();
  const canEdit = useSession().data?.role === 'admin';
  const reporting = useReporting(planId);
  const targets = useTargets(planId, {});
  const names = new Map((targets.data ?? []).map((x) => [x.id, x.indicator]));
  const put = usePutTargetRule();
  const reportError = useReportError();
  const [adding, setAdding] = useState(false);
  const remove = (o: Override) =>
    modal.confirm({
      title: t('reporting.remove'),
      content: t('reporting.removeConfirm'),
      okText: t('reporting.remove'),
      cancelText: t('common.cancel'),
      onOk: () =>
        planId ? put.mutateAsync({ planId, targetId: o.targetId, rule: null }).catch(reportError) : undefined,
    });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="reporting-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('reporting.title')}
      </Typography.Title>
      <QueryState query={reporting}>
        {(r) => (
          <>
            <PlanRuleCard planId={planId ?? 0} rule={r.rule} version={r.version} canEdit={canEdit} />
            <Card
              size="small"
              title={t('reporting.overrides')}
              extra={
                canEdit && (
                  <Button onClick={() => setAdding(true)} data-testid="override-add">
                    {t('reporting.addOverride')}
                  </Button>
                )
              }
            >
              <Table<Override>
                rowKey="targetId"
                size="small"
                pagination={false}
                dataSource={r.overrides}
                locale={{ emptyText: t('reporting.overridesEmpty') }}
                data-testid="overrides"
                scroll={{ x: 480 }}
                columns={[
                  {
                    title: t('reporting.target'),
                    render: (_, o) => names.get(o.targetId) ?? `#${o.targetId}`,
                  },
                  { title: t('reporting.rule'), render: (_, o) => ruleText(o, t, locale) },
                  ...(canEdit
                    ? [
                        {
                          title: t('common.actions'),
                          width: 90,
                          render: (_: unknown, o: Override) => (
                            <Button size="small" danger onClick={() => remove(o)}>
                              {t('reporting.remove')}
                            </Button>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            {planId && (
              <OverrideModal
                planId={planId}
                open={adding}
                onClose={() => setAdding(false)}
                base={r.rule}
                taken={new Set(r.overrides.map((o) => o.targetId))}
              />
            )}
          </>
        )}
      </QueryState>
    </Space>
  );
}
