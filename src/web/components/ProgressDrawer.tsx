// The progress form a department fills each period: value or 同比, stage for milestones, and the three
// narrative parts 进展/问题/下一步 (DOMAIN.md §1.3), with attachments. Saves a draft; submitting asks first.
import { App, Button, Drawer, Form, Input, Select, Space, Typography, Upload, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { limits } from '../../shared/api/limits';
import type { ProgressReport } from '../../shared/api/progress';
import type { Target } from '../../shared/api/targets';
import { STAGE_IDS, STAGES } from '../../shared/status';
import { valueExamples } from '../../shared/units';
import { ApiError } from '../api/client';
import { useReportError } from '../api/errors';
import { useProgressAction, useSaveProgress, useUploadEvidence } from '../api/progress';
import { asciiNumberText, formatNumber, formatTargetValue, readTypedValue } from '../app/format';
import { useI18n } from '../app/i18n';
import { isPeriod, suggestedPeriod } from '../app/period';

interface Fields {
  period: string;
  /** As typed, with a unit or magnitude if any (12万, 3.5亿元); the server converts it to the target's unit. */
  value?: string;
  /** 同比 in per cent, as typed (6.1 or 6.1%). */
  yoy?: string;
  stage?: string | null;
  progress?: string;
  problems?: string;
  nextSteps?: string;
}

interface Props {
  target: Target | null;
  /** A draft or returned report to continue; absent for a new one. */
  report?: ProgressReport | null;
  /** The plan's year, to suggest a period inside it. */
  planYear?: number | null;
  onClose: () => void;
}

export function ProgressDrawer({ target, report, planYear = null, onClose }: Props) {
  const { t, locale } = useI18n();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  // Examples that fit the target's unit (120 或 1.2万 for 个, 3.5 或 3000万元 for 亿元, 6.5 for %).
  const examples = valueExamples(target?.unit ?? '');
  const examplesText = examples.join(t('progress.valueOr'));
  const save = useSaveProgress();
  const upload = useUploadEvidence();
  const submit = useProgressAction('submit');
  const reportError = useReportError();
  const open = target !== null;

  useEffect(() => {
    if (!open) return;
    setFiles([]);
    form.resetFields();
    form.setFieldsValue({
      period: report?.period ?? suggestedPeriod(new Date(), planYear),
      value: report?.value == null ? '' : String(report.value),
      yoy: report?.yoy == null ? '' : String(report.yoy),
      stage: report?.stage ?? null,
      progress: report?.progress ?? '',
      problems: report?.problems ?? '',
      nextSteps: report?.nextSteps ?? '',
    });
  }, [open, report, planYear, form]);

  /** Saves the draft and uploads the chosen files; returns the saved report. */
  const saveDraft = async (): Promise<ProgressReport | null> => {
    if (!target) return null;
    const v = await form.validateFields();
    const typed = readTypedValue(v.value);
    try {
      const saved = await save.mutateAsync({
        targetId: target.id,
        id: report?.id,
        version: report?.version,
        body: {
          period: v.period.trim(),
          value: typed?.value ?? null,
          ...(typed?.unit ? { unit: typed.unit } : {}),
          yoy: readTypedValue(v.yoy)?.value ?? null,
          stage: v.stage ?? null,
          progress: v.progress ?? '',
          problems: v.problems ?? '',
          nextSteps: v.nextSteps ?? '',
        },
      });
      for (const f of files)
        if (f.originFileObj) await upload.mutateAsync({ id: saved.id, file: f.originFileObj });
      // A value typed in another unit (3000万 for 亿元) was converted: say what was stored.
      if (typed?.unit && typed.unit !== target.unit && saved.value !== null)
        void message.info(
          t('progress.converted', {
            typed: `${typed.value}${typed.unit}`,
            value: `${formatNumber(saved.value, locale, 6)}${target.unit ?? ''}`,
          }),
        );
      return saved;
    } catch (error) {
      // A unit that cannot be converted belongs to the value field, in the server's words.
      if (error instanceof ApiError && error.code === 'UNIT_MISMATCH')
        form.setFields([{ name: 'value', errors: [error.message] }]);
      reportError(error, form);
      return null;
    }
  };

  const onSaveDraft = async () => {
    if (await saveDraft()) {
      void message.success(t('common.saved'));
      onClose();
    }
  };

  const onSubmit = async () => {
    // A field in error is shown now, before asking to confirm a submission that would then not be sent.
    const valid = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (!valid) return;
    modal.confirm({
      title: t('progress.submit'),
      content: t('progress.submitConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const saved = await saveDraft();
        if (!saved) return;
        try {
          await submit.mutateAsync({ id: saved.id, version: saved.version });
          void message.success(t('progress.submitted'));
          onClose();
        } catch (error) {
          reportError(error);
        }
      },
    });
  };

  const busy = save.isPending || upload.isPending || submit.isPending;
  const narrative = (name: keyof Fields, label: string) => (
    <Form.Item name={name} label={label} rules={[{ max: limits.narrativeMax }]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={limits.narrativeMax} showCount />
    </Form.Item>
  );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={`${t('progress.new')} · ${target?.indicator ?? ''}`}
      size={520}
      destroyOnHidden
      forceRender
      footer={
        <Space>
          <Button onClick={() => void onSaveDraft()} loading={busy}>
            {t('progress.saveDraft')}
          </Button>
          <Button type="primary" onClick={() => void onSubmit()} loading={busy} data-testid="progress-submit">
            {t('progress.submit')}
          </Button>
        </Space>
      }
    >
      {target && (
        <Typography.Paragraph type="secondary">
          {t('dashboard.target')}: {formatTargetValue(target, locale)}
        </Typography.Paragraph>
      )}
      {report?.status === 'returned' && report.returnReason && (
        <Typography.Paragraph type="danger">
          {t('progress.returnReason')}: {report.returnReason}
        </Typography.Paragraph>
      )}
      <Form<Fields> form={form} layout="vertical">
        <Form.Item
          name="period"
          label={t('progress.period')}
          // The examples are of the plan's year: a period of another year is refused (a 2026 plan showed 2024-06).
          extra={t('progress.periodHint', { year: planYear ?? new Date().getFullYear() })}
          rules={[
            {
              required: true,
              validator: (_, v: string) => {
                const text = String(v ?? '').trim();
                if (!isPeriod(text)) return Promise.reject(new Error(t('progress.periodInvalid')));
                // The server refuses a period of another year than the plan's (it would be judged as this year's).
                if (planYear !== null && !text.startsWith(String(planYear)))
                  return Promise.reject(new Error(t('progress.periodYear', { year: planYear })));
                return Promise.resolve();
              },
            },
          ]}
        >
          <Input style={{ width: 160 }} data-testid="progress-period" />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="value"
            label={t('progress.value')}
            extra={
              target?.unit
                ? t(examples.length > 1 ? 'progress.valueHint' : 'progress.valueHintPlain', {
                    unit: target.unit,
                    examples: examplesText,
                  })
                : undefined
            }
            rules={[
              {
                validator: (_, v: string | undefined) => {
                  if (!v?.trim()) return Promise.resolve();
                  const typed = readTypedValue(v);
                  if (!typed)
                    return Promise.reject(new Error(t('progress.valueInvalid', { examples: examplesText })));
                  if (Math.abs(typed.value) > limits.valueAbsMax)
                    return Promise.reject(new Error(t('progress.valueTooLarge')));
                  return Promise.resolve();
                },
              },
            ]}
          >
            <Input style={{ width: 180 }} suffix={target?.unit} data-testid="progress-value" />
          </Form.Item>
          <Form.Item
            name="yoy"
            label={t('progress.yoy')}
            normalize={asciiNumberText}
            rules={[
              {
                // 同比 is a per cent: 12万 or 3亿 there is refused, not read as 12 (the number field kept the digits).
                validator: (_, v: string | undefined) => {
                  if (!v?.trim()) return Promise.resolve();
                  const typed = readTypedValue(v);
                  if (!typed || (typed.unit !== '' && typed.unit !== '%'))
                    return Promise.reject(new Error(t('progress.yoyInvalid')));
                  if (Math.abs(typed.value) > limits.valueAbsMax)
                    return Promise.reject(new Error(t('progress.valueTooLarge')));
                  return Promise.resolve();
                },
              },
            ]}
          >
            <Input style={{ width: 140 }} data-testid="progress-yoy" />
          </Form.Item>
        </Space>
        {target?.type === 'milestone' && (
          <Form.Item name="stage" label={t('progress.stage')}>
            <Select allowClear options={STAGE_IDS.map((id) => ({ value: id, label: STAGES[id][locale] }))} />
          </Form.Item>
        )}
        {narrative('progress', t('progress.progress'))}
        {narrative('problems', t('progress.problems'))}
        {narrative('nextSteps', t('progress.nextSteps'))}
        <Form.Item label={t('progress.evidence')}>
          <Upload
            fileList={files}
            multiple
            beforeUpload={(file) => {
              // Uploaded after the draft is saved; a file over the limit is refused now, in words.
              if (file.size <= limits.uploadBytes) return false;
              void message.error(
                `${t('evidence.tooLarge', { mb: Math.round(limits.uploadBytes / 1048576) })}(${file.name})`,
              );
              return Upload.LIST_IGNORE;
            }}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button>{t('progress.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
