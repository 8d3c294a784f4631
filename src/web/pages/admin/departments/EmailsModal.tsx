// A department's reminder e-mail addresses (admin), checked by the shared schema before saving: each must be
// an address, at most limits.emailsMax of them; the server's refusal is shown the same way.
import { App, Form, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import type { Department } from '../../../../shared/api/departments';
import { useReportError } from '../../../api/errors';
import { useI18n } from '../../../app/i18n';
import { useDepartmentEmails, usePutDepartmentEmails } from './api';
import { emailsProblem } from './emails';

export function EmailsModal({ department, onClose }: { department: Department | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ emails: string[] }>();
  const current = useDepartmentEmails(department?.id ?? null);
  const put = usePutDepartmentEmails();
  const reportError = useReportError();
  useEffect(() => {
    if (department && current.data) form.setFieldsValue({ emails: current.data.emails });
  }, [department, current.data, form]);
  const onOk = async () => {
    if (!department) return;
    const emails = ((form.getFieldValue('emails') as string[] | undefined) ?? []).map((e) => e.trim());
    const problem = await emailsProblem(emails, t);
    form.setFields([{ name: 'emails', errors: problem ? [problem] : [] }]);
    if (problem) return;
    put.mutate(
      { id: department.id, emails },
      {
        onSuccess: () => {
          void message.success(t('emails.saved'));
          onClose();
        },
        onError: (e) => reportError(e, form),
      },
    );
  };
  return (
    <Modal
      open={department !== null}
      title={`${t('emails.title')} · ${department?.name ?? ''}`}
      onCancel={onClose}
      onOk={onOk}
      confirmLoading={put.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('emails.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="emails" label={t('emails.title')}>
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', ',', ';', ';', ' ']}
            loading={current.isPending}
            data-testid="emails-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
