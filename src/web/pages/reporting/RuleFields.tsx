// The fields of one reporting rule (cadence, due day, months later), checked by the shared zod schema so the
// form refuses exactly what the server would (STYLE.md habit 2), and a rule as a short sentence.

import type { FormInstance } from 'antd';
import { Form, InputNumber, Select } from 'antd';
import type { ReportingRule } from '../../../shared/api/supervision';
import { PERIOD_KIND_IDS, PERIOD_KINDS } from '../../../shared/status';
import { type Translate, useI18n } from '../../app/i18n';
import type { Locale } from '../../app/messages';
import { schemaProblems } from '../admin/rules/validate';

const days = Array.from({ length: 31 }, (_, i) => i + 1);

export function RuleFields({ disabled = false }: { disabled?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Form.Item name="cadence" label={t('reporting.cadence')}>
        <Select
          disabled={disabled}
          style={{ minWidth: 120 }}
          data-testid="rule-cadence"
          options={PERIOD_KIND_IDS.map((k) => ({ value: k, label: PERIOD_KINDS[k][locale] }))}
        />
      </Form.Item>
      <Form.Item name="dueDay" label={t('reporting.dueDay')}>
        <Select
          disabled={disabled}
          style={{ minWidth: 100 }}
          showSearch
          optionFilterProp="label"
          data-testid="rule-due-day"
          options={[
            ...days.map((n) => ({ value: n, label: t('reporting.dayN', { n }) })),
            { value: 'last', label: t('reporting.last') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="monthOffset"
        label={t('reporting.monthOffset')}
        tooltip={t('reporting.monthOffsetHint')}
      >
        <InputNumber disabled={disabled} precision={0} data-testid="rule-month-offset" />
      </Form.Item>
    </>
  );
}

/**
 * The form's rule, or null after showing the schema's problems on the fields. The schema (and zod with it) is
 * loaded at the first check, not with the page.
 */
export async function checkedRule(
  form: FormInstance,
  t: Translate,
  locale: Locale,
): Promise<ReportingRule | null> {
  const { reportingRuleSchema } = await import('../../../shared/api/supervision');
  const values = form.getFieldsValue(['cadence', 'dueDay', 'monthOffset']) as Record<string, unknown>;
  const problems = schemaProblems(reportingRuleSchema, values, t, locale);
  form.setFields(
    ['cadence', 'dueDay', 'monthOffset'].map((name) => ({
      name,
      errors: problems.filter((p) => p.name[0] === name).map((p) => p.message),
    })),
  );
  return problems.length === 0 ? reportingRuleSchema.parse(values) : null;
}

/** "月度,当月25日前报送" / "Monthly, due the same month, day 25". */
export function ruleText(rule: ReportingRule, t: Translate, locale: Locale): string {
  const day = rule.dueDay === 'last' ? t('reporting.last') : t('reporting.dayN', { n: rule.dueDay });
  const offset =
    rule.monthOffset === 0 ? t('reporting.sameMonth') : t('reporting.laterMonths', { n: rule.monthOffset });
  return t('reporting.summary', { cadence: PERIOD_KINDS[rule.cadence][locale], offset, day });
}
