// 节点 of an assignment (DOMAIN.md §1.2: 分解表 columns include 节点 dates): date, what is due, and the share
// done by then (optional; a milestone target with shares is judged against them like an amount).
import { Button, DatePicker, Form, Input, InputNumber, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { limits } from '../../shared/api/limits';
import { useI18n } from '../app/i18n';

export interface MilestoneFields {
  date: Dayjs | null;
  label: string;
  expectedPct?: number | null;
}

export function MilestonesField() {
  const { t } = useI18n();
  return (
    <Form.List
      name="milestones"
      rules={[
        {
          validator: (_, list: unknown[] | undefined) =>
            (list?.length ?? 0) <= limits.milestonesMax
              ? Promise.resolve()
              : Promise.reject(new Error(t('milestone.tooMany', { n: limits.milestonesMax }))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('milestone.title')} style={{ marginBottom: 8 }}>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
              {t('milestone.none')}
            </Typography.Paragraph>
          )}
          {fields.map((field) => (
            <Space key={field.key} wrap align="start" data-testid="milestone-row" style={{ marginBottom: 4 }}>
              <Form.Item
                name={[field.name, 'date']}
                rules={[{ required: true, message: t('milestone.dateRequired') }]}
                style={{ marginBottom: 0 }}
              >
                <DatePicker
                  aria-label={t('milestone.date')}
                  style={{ width: 140 }}
                  data-testid="milestone-date"
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'label']}
                rules={[
                  { required: true, whitespace: true, message: t('milestone.labelRequired') },
                  { max: limits.deadlineTextMax },
                ]}
                style={{ marginBottom: 0 }}
              >
                <Input
                  aria-label={t('milestone.label')}
                  placeholder={t('milestone.label')}
                  maxLength={limits.deadlineTextMax}
                  style={{ width: 180 }}
                  data-testid="milestone-label"
                />
              </Form.Item>
              <Form.Item name={[field.name, 'expectedPct']} style={{ marginBottom: 0 }}>
                <InputNumber
                  aria-label={t('milestone.expectedPct')}
                  placeholder={t('milestone.expectedPct')}
                  min={0}
                  max={100}
                  suffix="%"
                  style={{ width: 110 }}
                  data-testid="milestone-pct"
                />
              </Form.Item>
              <Button onClick={() => remove(field.name)} aria-label={t('common.delete')}>
                {t('common.delete')}
              </Button>
            </Space>
          ))}
          <Button
            type="dashed"
            onClick={() => add({ date: null, label: '', expectedPct: null })}
            disabled={fields.length >= limits.milestonesMax}
            data-testid="milestone-add"
          >
            {t('milestone.add')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
