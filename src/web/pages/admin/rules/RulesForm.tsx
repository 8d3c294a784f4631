// The rule-set form: 序时 schedule, light thresholds, 左右 tolerances, 双过半, colours and the rest of
// src/shared/rules.ts. Every field is checked by the shared schema (validate.ts), never by rules of its own.
import {
  App,
  Button,
  Card,
  Col,
  Form,
  type FormInstance,
  type FormRule,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import type { ReactNode } from 'react';
import type { RuleSet } from '../../../../shared/rules';
import { COLOUR_IDS, COLOURS } from '../../../../shared/status';
import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import { type FieldPath, loadRules, problemAt, schemaProblems } from './validate';

interface Props {
  form: FormInstance<RuleSet>;
  initial: RuleSet;
  disabled: boolean;
  saving: boolean;
  onSave: () => void;
}

const months = Array.from({ length: 12 }, (_, i) => i);
/** The linear schedule written out month by month: a starting point for a monthly one (DOMAIN.md §3.2). */
const linearByMonth = months.map((i) => Math.round(((i + 1) * 100) / 12));

function MonthlyInputs({
  value,
  onChange,
  disabled,
}: {
  value?: (number | null)[];
  onChange?: (next: (number | null)[]) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const list = value ?? linearByMonth;
  return (
    <Row gutter={[8, 8]}>
      {months.map((i) => (
        <Col key={i} xs={8} sm={6} md={4}>
          <InputNumber
            aria-label={t('rules.month', { n: i + 1 })}
            prefix={t('rules.month', { n: i + 1 })}
            value={list[i] ?? null}
            disabled={disabled}
            style={{ width: '100%' }}
            onChange={(v) => onChange?.(list.map((x, j) => (j === i ? v : x)))}
          />
        </Col>
      ))}
    </Row>
  );
}

export function RulesForm({ form, initial, disabled, saving, onSave }: Props) {
  const { t, locale } = useI18n();
  const { modal } = App.useApp();
  const scheduleKind = Form.useWatch(['schedule', 'kind'], form);

  /** The shared schema's verdict on this field, for the whole form as it stands. */
  const fromSchema = (name: FieldPath, nested = false): FormRule => ({
    validator: async () => {
      const { ruleSetSchema } = await loadRules();
      const problems = schemaProblems(ruleSetSchema, form.getFieldsValue(true), t, locale);
      const own = problemAt(problems, name);
      const child = nested
        ? problems.find((p) => p.name.length > name.length && p.name.join('.').startsWith(name.join('.')))
        : undefined;
      const message = own ?? child?.message;
      return message ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  });
  const number = (name: FieldPath, label: MessageKey, unit: MessageKey, testId?: string): ReactNode => (
    <Form.Item name={name} label={t(label)} rules={[fromSchema(name)]}>
      <InputNumber
        style={{ width: 160 }}
        suffix={t(unit)}
        disabled={disabled}
        data-testid={testId ?? `rule-${name.join('-')}`}
      />
    </Form.Item>
  );
  /**
   * A bound of the daily 督办单 review (docs/supervision.md). Its range and integer rule are the shared
   * schema's (fromSchema); precision 0 only keeps a typed fraction from reaching it.
   */
  const sheetLimit = (key: keyof RuleSet['sheets']): ReactNode => {
    const name = ['sheets', key];
    return (
      <Form.Item
        name={name}
        label={t(`rules.sheets.${key}`)}
        extra={t(`rules.sheets.${key}.help`)}
        rules={[fromSchema(name)]}
      >
        <InputNumber
          style={{ width: 160 }}
          precision={0}
          suffix={t('rules.sheets.unit')}
          disabled={disabled}
          data-testid={`rule-sheets-${key}`}
        />
      </Form.Item>
    );
  };
  const colourOptions = COLOUR_IDS.map((id) => ({
    value: id,
    label: (
      <Space size={6}>
        <span
          style={{
            display: 'inline-block',
            width: 10,
            height: 10,
            borderRadius: 5,
            background: COLOURS[id].hex,
          }}
        />
        {COLOURS[id][locale]}
      </Space>
    ),
  }));
  const colour = (key: keyof RuleSet['colours']) => (
    <Form.Item name={['colours', key]} label={t(`rules.colour.${key}`)}>
      <Select options={colourOptions} style={{ width: 160 }} disabled={disabled} />
    </Form.Item>
  );
  const reset = () =>
    modal.confirm({
      title: t('rules.reset'),
      content: t('rules.resetAsk'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => form.setFieldsValue((await loadRules()).DEFAULT_RULE_SET),
    });

  return (
    <Form<RuleSet> form={form} layout="vertical" initialValues={initial} disabled={disabled} name="rules">
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card size="small" title={t('rules.schedule')}>
            <Form.Item name="name" label={t('rules.name')} rules={[fromSchema(['name'])]}>
              <Input style={{ maxWidth: 320 }} maxLength={60} />
            </Form.Item>
            <Form.Item name={['schedule', 'kind']}>
              <Radio.Group
                onChange={(e) => {
                  if (e.target.value === 'monthly' && !form.getFieldValue(['schedule', 'cumulative'])) {
                    form.setFieldValue(['schedule', 'cumulative'], linearByMonth);
                  }
                }}
                options={[
                  { value: 'linear', label: t('rules.schedule.linear') },
                  { value: 'monthly', label: t('rules.schedule.monthly') },
                ]}
              />
            </Form.Item>
            {scheduleKind === 'monthly' && (
              <Form.Item
                name={['schedule', 'cumulative']}
                rules={[fromSchema(['schedule', 'cumulative'], true)]}
                data-testid="rule-schedule-monthly"
              >
                <MonthlyInputs disabled={disabled} />
              </Form.Item>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('rules.thresholds')}>
            {number(
              ['thresholds', 'cumulativeYellowPoints'],
              'rules.cumulativeYellowPoints',
              'rules.unit.points',
            )}
            {number(
              ['thresholds', 'cumulativeAheadPoints'],
              'rules.cumulativeAheadPoints',
              'rules.unit.points',
            )}
            {number(['thresholds', 'growthYellowPoints'], 'rules.growthYellowPoints', 'rules.unit.points')}
            {number(['thresholds', 'growthAheadPoints'], 'rules.growthAheadPoints', 'rules.unit.points')}
            {number(['thresholds', 'levelYellowPercent'], 'rules.levelYellowPercent', 'rules.unit.percent')}
            {number(['thresholds', 'rankYellowPlaces'], 'rules.rankYellowPlaces', 'rules.unit.places')}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('rules.tolerances')}>
              {number(['tolerances', 'ratePoints'], 'rules.ratePoints', 'rules.unit.points')}
              {number(['tolerances', 'levelPercent'], 'rules.levelPercent', 'rules.unit.percent')}
            </Card>
            <Card size="small" title={t('rules.midYear')}>
              <Space wrap size={16}>
                {number(['midYear', 'month'], 'rules.midYearMonth', 'rules.unit.month')}
                {number(['midYear', 'percent'], 'rules.midYearPercent', 'rules.unit.percent')}
              </Space>
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('rules.colours')}>
            <Space wrap size={16}>
              {colour('completed')}
              {colour('ahead')}
              {colour('onTrack')}
              {colour('notStartedBeforeNode')}
              {colour('noData')}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('rules.other')}>
            {number(['smallCountMax'], 'rules.smallCountMax', 'rules.unit.items')}
            <Form.Item name="aspirationalWorstColour" label={t('rules.aspirationalWorstColour')}>
              <Select
                style={{ width: 160 }}
                options={colourOptions.filter((o) => o.value === 'yellow' || o.value === 'red')}
              />
            </Form.Item>
            <Form.Item name="decimals" label={t('rules.decimals')} rules={[fromSchema(['decimals'])]}>
              <InputNumber style={{ width: 120 }} data-testid="rule-decimals" />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('rules.sheets')}>
            {sheetLimit('maxNewPerDay')}
            {sheetLimit('maxNewPerDepartmentPerDay')}
          </Card>
        </Col>
      </Row>
      {!disabled && (
        <Space style={{ marginTop: 16 }} wrap>
          <Button type="primary" onClick={onSave} loading={saving} data-testid="rules-save">
            {t('rules.save')}
          </Button>
          <Button onClick={reset}>{t('rules.reset')}</Button>
        </Space>
      )}
    </Form>
  );
}
