// Adds a 佐证材料 file to a report that is not yet approved (draft, submitted or returned: the server refuses
// approved ones), uploading at once; the report's lists refresh afterwards.
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Upload } from 'antd';
import { limits } from '../../shared/api/limits';
import type { ProgressReport } from '../../shared/api/progress';
import { useReportError } from '../api/errors';
import { useUploadEvidence } from '../api/progress';
import { useI18n } from '../app/i18n';

export function canAddEvidence(report: Pick<ProgressReport, 'status'>): boolean {
  return report.status !== 'approved';
}

export function EvidenceUpload({ report }: { report: ProgressReport }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadEvidence();
  const reportError = useReportError();
  const queryClient = useQueryClient();
  if (!canAddEvidence(report)) return null;
  return (
    <Upload
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > limits.uploadBytes) {
          void message.error(t('evidence.tooLarge', { mb: Math.round(limits.uploadBytes / 1048576) }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        if (!(file instanceof File)) return;
        upload.mutate(
          { id: report.id, file },
          {
            onSuccess: (saved) => {
              onSuccess?.(saved);
              void message.success(t('evidence.added', { name: file.name }));
              for (const key of ['target', 'workload', 'progress'])
                void queryClient.invalidateQueries({ queryKey: [key] });
            },
            onError: (error) => {
              onError?.(error instanceof Error ? error : new Error(String(error)));
              reportError(error);
            },
          },
        );
      }}
    >
      <Button size="small" loading={upload.isPending} data-testid={`add-evidence-${report.id}`}>
        {t('evidence.add')}
      </Button>
    </Upload>
  );
}
