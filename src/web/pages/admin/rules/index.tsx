// 亮灯规则 (admin): the rule set a region judges its targets with (src/shared/rules.ts; DOMAIN.md §3.3: lights
// are local practice, so every threshold is configurable). Saving re-judges every target at once.
import { Alert, App, Empty, Form, Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { RuleSet } from '../../../../shared/rules';
import { useReportError } from '../../../api/errors';
import { defaultPlanId, usePlans } from '../../../api/hooks';
import { useSession } from '../../../api/session';
import { useI18n } from '../../../app/i18n';
import { QueryState } from '../../../components/QueryState';
import { usePutRules, useRegionRules, useRegions } from './api';
import { RulesForm } from './RulesForm';
import { loadRules } from './validate';

/** The region asked for in the URL, else the region of the plan being looked at, else the first one. */
function useRegionId(): [number | null, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const regions = useRegions();
  const asked = Number(params.get('region')) || null;
  const planId = plans.data ? defaultPlanId(plans.data) : null;
  const ofPlan = plans.data?.find((p) => p.id === planId)?.region.id ?? null;
  const id = asked ?? ofPlan ?? regions.data?.[0]?.id ?? null;
  return [id, (next) => setParams({ region: String(next) })];
}

export default function RulesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useSession().data;
  const regions = useRegions();
  const [regionId, setRegionId] = useRegionId();
  const rules = useRegionRules(regionId);
  const put = usePutRules();
  const reportError = useReportError();
  const [form] = Form.useForm<RuleSet>();
  const isAdmin = user?.role === 'admin';

  const save = async (version: number) => {
    try {
      // Each field's rule asks the shared schema (RulesForm); any problem stays on its field.
      await form.validateFields();
    } catch {
      return;
    }
    const { ruleSetSchema } = await loadRules();
    const parsed = ruleSetSchema.safeParse(form.getFieldsValue(true));
    if (!parsed.success || regionId === null) return;
    put.mutate(
      { regionId, rules: parsed.data, version },
      {
        onSuccess: () => void message.success(t('rules.saved')),
        onError: (e) => reportError(e, form),
      },
    );
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="rules-page">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rules.title')}
        </Typography.Title>
        {(regions.data?.length ?? 0) > 1 && (
          <Select
            aria-label={t('rules.region')}
            style={{ minWidth: 180 }}
            value={regionId ?? undefined}
            onChange={setRegionId}
            options={(regions.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          />
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('rules.intro')}
      </Typography.Paragraph>
      {!isAdmin && <Alert type="info" showIcon title={t('rules.adminOnly')} />}
      {regionId === null && !regions.isPending ? (
        <Empty description={t('rules.noRegion')} />
      ) : (
        <QueryState query={rules}>
          {(r) => (
            <RulesForm
              key={`${r.regionId}-${r.version}`}
              form={form}
              initial={r.rules}
              disabled={!isAdmin}
              saving={put.isPending}
              onSave={() => void save(r.version)}
            />
          )}
        </QueryState>
      )}
    </Space>
  );
}
