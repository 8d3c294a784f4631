// 台账导入 (admin): upload a 分解表/台账 .xlsx → preview good rows and bad rows with row numbers and errors →
// import the good rows (asks first); nothing is stored before that (docs/supervision.md, ledger import).
import { Alert, App, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { LedgerPreview } from '../../../shared/api/supervision';
import { errorText, useReportError } from '../../api/errors';
import { useRoutePlanId } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { type LedgerResult, useLedgerImport, useLedgerPreview } from './api';
import { PreviewTables } from './PreviewTables';

export default function LedgerPage() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const planId = useRoutePlanId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<LedgerPreview | null>(null);
  const [result, setResult] = useState<LedgerResult | null>(null);
  const read = useLedgerPreview();
  const save = useLedgerImport();
  const reportError = useReportError();

  const choose = (chosen: File) => {
    if (planId === null) return;
    setFile(chosen);
    setPreview(null);
    setResult(null);
    read.mutate({ planId, file: chosen }, { onSuccess: setPreview });
  };
  const reset = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    read.reset();
  };
  const askImport = (p: LedgerPreview) => {
    const created = [...new Set(p.goodRows.flatMap((r) => r.newDepartments))];
    modal.confirm({
      title: t('ledger.import', { n: p.goodRows.length }),
      content: t('ledger.importAsk', {
        n: p.goodRows.length,
        extra: created.length > 0 ? t('ledger.importNew', { names: created.join('、') }) : '',
      }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        planId === null || file === null
          ? undefined
          : save
              .mutateAsync({ planId, file })
              .then((r) => {
                setResult(r);
                setPreview(null);
              })
              .catch(reportError),
    });
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="ledger-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ledger.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('ledger.intro')}
      </Typography.Paragraph>
      {file === null ? (
        <Upload.Dragger
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(f) => {
            choose(f);
            return false;
          }}
        >
          <p style={{ padding: 24 }}>{t('ledger.upload')}</p>
        </Upload.Dragger>
      ) : (
        <Space wrap>
          <Typography.Text strong>{file.name}</Typography.Text>
          <Button onClick={reset}>{t('ledger.again')}</Button>
        </Space>
      )}
      {read.isPending && <Alert type="info" title={t('ledger.reading')} />}
      {read.isError && (
        <Alert type="error" showIcon title={errorText(read.error)} data-testid="ledger-error" />
      )}
      {result && (
        <Alert
          type="success"
          showIcon
          data-testid="ledger-result"
          title={t('ledger.imported', { rows: result.importedRows, assignments: result.assignments })}
          description={
            result.createdDepartments.length > 0
              ? t('ledger.importNew', { names: result.createdDepartments.join('、') }).replace(/^[,,]\s*/, '')
              : undefined
          }
        />
      )}
      {preview && (
        <>
          <Space wrap>
            <Typography.Text type="secondary">
              {t('ledger.sheet', { sheet: preview.sheet, row: preview.headerRow })}
            </Typography.Text>
            <Button
              type="primary"
              disabled={preview.goodRows.length === 0}
              loading={save.isPending}
              onClick={() => askImport(preview)}
              data-testid="ledger-import"
            >
              {preview.goodRows.length > 0
                ? t('ledger.import', { n: preview.goodRows.length })
                : t('ledger.nothing')}
            </Button>
          </Space>
          <PreviewTables preview={preview} />
        </>
      )}
    </Space>
  );
}
