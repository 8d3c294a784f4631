// Return a progress report to its department with a reason (required).
import { Form, Input, Modal } from 'antd';
import { limits } from '../../../shared/api/limits';
import type { ProgressReport } from '../../../shared/api/progress';
import { useReportError } from '../../api/errors';
import { useProgressAction } from '../../api/progress';
import { useI18n } from '../../app/i18n';

export function ReturnModal({ report, onClose }: { report: ProgressReport | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const action = useProgressAction('return');
  const reportError = useReportError();
  const onOk = async () => {
    if (!report) return;
    const { reason } = await form.validateFields();
    action.mutate(
      { id: report.id, version: report.version, reason: reason.trim() },
      { onSuccess: onClose, onError: (e) => reportError(e, form) },
    );
  };
  return (
    <Modal
      open={report !== null}
      title={t('progress.returnConfirm')}
      onCancel={onClose}
      onOk={() => void onOk()}
      okText={t('progress.return')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={action.isPending}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('progress.returnReason')}
          rules={[
            { required: true, whitespace: true, message: t('progress.returnReason') },
            { max: limits.reasonMax },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3 }}
            maxLength={limits.reasonMax}
            showCount
            data-testid="return-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
