// Edit an extracted target, or add a missed one from selected report text. Limits are the server's own
// (src/shared/api/limits.ts).
import { Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { limits } from '../../../shared/api/limits';
import type { TargetListItem } from '../../../shared/api/targets';
import {
  COMPARATOR_IDS,
  COMPARATORS,
  type Comparator,
  MODALITIES,
  MODALITY_IDS,
  type Modality,
  TARGET_TYPE_IDS,
  TARGET_TYPES,
  type TargetType,
} from '../../../shared/status';
import { useReportError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { useCreateTarget, usePatchTarget } from './api';

interface Fields {
  indicator: string;
  comparator: Comparator;
  value: number | null;
  unit: string;
  type: TargetType;
  modality: Modality;
}

interface Props {
  planId: number;
  /** Edit this target… */
  target?: TargetListItem | null;
  /** …or add one for this selected text. */
  selection?: { start: number; end: number; text: string } | null;
  onClose: () => void;
}

export function TargetForm({ planId, target, selection, onClose }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Fields>();
  const patch = usePatchTarget();
  const create = useCreateTarget(planId);
  const reportError = useReportError();
  const open = Boolean(target || selection);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (target) form.setFieldsValue(target);
    else if (selection)
      form.setFieldsValue({
        indicator: selection.text.trim().slice(0, limits.indicatorMax),
        comparator: '>=',
        value: null,
        unit: '',
        type: 'level',
        modality: 'plain',
      });
  }, [open, target, selection, form]);

  const onOk = async () => {
    const v = await form.validateFields();
    const done = { onSuccess: onClose, onError: (e: unknown) => reportError(e, form) };
    if (target) patch.mutate({ id: target.id, body: { ...v, version: target.version } }, done);
    else if (selection)
      create.mutate({ ...v, start: selection.start, end: selection.end, kind: 'target' }, done);
  };

  return (
    <Modal
      open={open}
      title={target ? t('common.edit') : t('import.addSelected')}
      onCancel={onClose}
      onOk={() => void onOk()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={patch.isPending || create.isPending}
      destroyOnHidden
      forceRender
    >
      {selection && <Typography.Paragraph type="secondary">{selection.text}</Typography.Paragraph>}
      <Form<Fields> form={form} name={target ? 'edit-target' : 'add-target'} layout="vertical">
        <Form.Item
          name="indicator"
          label={t('target.indicator')}
          rules={[{ required: true, whitespace: true }, { max: limits.indicatorMax }]}
        >
          <Input maxLength={limits.indicatorMax} data-testid="target-indicator" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Form.Item name="comparator" label={t('target.value')}>
            <Select
              style={{ width: 100 }}
              options={COMPARATOR_IDS.map((c) => ({ value: c, label: COMPARATORS[c][locale] }))}
            />
          </Form.Item>
          <Form.Item name="value" label=" ">
            <InputNumber
              style={{ width: 150 }}
              min={-limits.valueAbsMax}
              max={limits.valueAbsMax}
              data-testid="target-value"
            />
          </Form.Item>
          <Form.Item name="unit" label=" " rules={[{ max: limits.unitMax }]}>
            <Input style={{ width: 90 }} maxLength={limits.unitMax} />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Form.Item name="type" label={t('target.type')}>
            <Select
              style={{ width: 160 }}
              options={TARGET_TYPE_IDS.map((id) => ({ value: id, label: TARGET_TYPES[id][locale] }))}
            />
          </Form.Item>
          <Form.Item name="modality" label={t('target.modality')}>
            <Select
              style={{ width: 160 }}
              options={MODALITY_IDS.map((id) => ({ value: id, label: MODALITIES[id][locale] }))}
            />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
