// What can be done to a 督办单: the department responds (asks first); the 督查室 returns a response with a
// reason, or closes the sheet (办结; without a response only when forced), asking first.
import { App, Button, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { limits } from '../../../shared/api/limits';
import type { Sheet } from '../../../shared/api/supervision';
import { useReportError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { useSheetAction } from './api';

export function RespondForm({ sheet }: { sheet: Sheet }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const act = useSheetAction();
  const reportError = useReportError();
  const send = async () => {
    const { text } = await form.validateFields();
    modal.confirm({
      title: t('sheet.respond'),
      content: t('sheet.respondAsk'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        act
          .mutateAsync({ sheet, change: { action: 'respond', body: { text: text.trim() } } })
          .then(() => {
            form.resetFields();
            void message.success(t('sheet.responded'));
          })
          .catch((e: unknown) => reportError(e, form)),
    });
  };
  return (
    <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
      <Form.Item
        name="text"
        label={t('sheet.respond')}
        extra={t('sheet.respondHint')}
        rules={[
          { required: true, whitespace: true, message: t('sheet.respondHint') },
          { max: limits.narrativeMax },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={limits.narrativeMax}
          showCount
          data-testid="sheet-response-text"
        />
      </Form.Item>
      <Button type="primary" onClick={() => void send()} loading={act.isPending} data-testid="sheet-respond">
        {t('sheet.respond')}
      </Button>
    </Form>
  );
}

export function ReturnResponse({ sheet }: { sheet: Sheet }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const act = useSheetAction();
  const reportError = useReportError();
  const onOk = async () => {
    const { reason } = await form.validateFields();
    act.mutate(
      { sheet, change: { action: 'return', body: { reason: reason.trim() } } },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t('sheet.returned'));
        },
        onError: (e) => reportError(e, form),
      },
    );
  };
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="sheet-return">
        {t('sheet.return')}
      </Button>
      <Modal
        open={open}
        title={t('sheet.return')}
        onCancel={() => setOpen(false)}
        onOk={() => void onOk()}
        okText={t('sheet.return')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('sheet.returnReason')}
            rules={[
              { required: true, whitespace: true, message: t('sheet.returnReason') },
              { max: limits.reasonMax },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={limits.reasonMax} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function CloseSheet({ sheet }: { sheet: Sheet }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note?: string; force?: boolean }>();
  const act = useSheetAction();
  const reportError = useReportError();
  const needsForce = sheet.state !== 'responded';
  const onOk = async () => {
    const v = await form.validateFields();
    act.mutate(
      { sheet, change: { action: 'close', body: { note: (v.note ?? '').trim(), force: v.force === true } } },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t('sheet.closed'));
        },
        onError: (e) => reportError(e, form),
      },
    );
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="sheet-close">
        {t('sheet.close')}
      </Button>
      <Modal
        open={open}
        title={t('sheet.close')}
        onCancel={() => setOpen(false)}
        onOk={() => void onOk()}
        okText={t('sheet.close')}
        cancelText={t('common.cancel')}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <p>{t('sheet.closeAsk')}</p>
        <Form form={form} layout="vertical">
          <Form.Item name="note" label={t('sheet.closeNote')} rules={[{ max: limits.reasonMax }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={limits.reasonMax} />
          </Form.Item>
          {needsForce && (
            <Form.Item
              name="force"
              valuePropName="checked"
              rules={[
                {
                  validator: (_, v: boolean | undefined) =>
                    v ? Promise.resolve() : Promise.reject(new Error(t('sheet.noResponse'))),
                },
              ]}
            >
              <Checkbox>{t('sheet.closeForce')}</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
