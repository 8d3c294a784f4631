// 导入: upload a report (txt/docx/pdf/html/mht); the server extracts a draft plan that is then reviewed here.
import { Alert, Card, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { limits } from '../../../shared/api/limits';
import { errorText } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { useUploadReport } from './api';
import { Review } from './Review';

/** The file kinds the server reads (src/shared/api/imports.ts importFileExtensions; not imported here so
 * that zod stays out of the browser bundle). */
const accept = '.txt,.docx,.pdf,.html,.htm,.mht,.mhtml';

function UploadStep() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const upload = useUploadReport();
  // A file over the limit was dropped without a word (the server would refuse it with 413): say so.
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const mb = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('import.title')}
      </Typography.Title>
      <Card>
        <Upload.Dragger
          accept={accept}
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            if (file.size <= limits.uploadBytes) {
              setTooLarge(null);
              upload.mutate(file, { onSuccess: (r) => navigate(`/import/${r.draftPlanId}`) });
            } else {
              upload.reset();
              setTooLarge(t('import.tooLarge', { size: mb(file.size), max: mb(limits.uploadBytes) }));
            }
            return false;
          }}
          data-testid="import-upload"
        >
          <p style={{ fontSize: 16, padding: 24 }}>
            {upload.isPending ? t('import.uploading') : t('import.upload')}
          </p>
        </Upload.Dragger>
      </Card>
      {tooLarge && <Alert type="error" showIcon title={tooLarge} data-testid="import-error" />}
      {upload.isError && (
        <Alert type="error" showIcon title={errorText(upload.error)} data-testid="import-error" />
      )}
    </Space>
  );
}

export default function ImportPage() {
  const id = Number(useParams().planId);
  return Number.isInteger(id) && id > 0 ? <Review planId={id} /> : <UploadStep />;
}
