// The progress reports of a target, newest first, with evidence files, any return reason and the reviewer's
// verdict on a qualitative target.
import { List, Space, Tag, Typography } from 'antd';
import type { ProgressReport } from '../../../shared/api/progress';
import { VERDICTS } from '../../../shared/status';
import { formatDateTime, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { EvidenceUpload } from '../../components/EvidenceUpload';

const statusColour = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  returned: 'error',
} as const;

export function ProgressStatusTag({ status }: { status: ProgressReport['status'] }) {
  const { t } = useI18n();
  return <Tag color={statusColour[status]}>{t(`progress.status.${status}` as MessageKey)}</Tag>;
}

interface Props {
  history: ProgressReport[];
  unit: string;
  /** The person may add evidence to reports not yet approved. */
  canWrite?: boolean;
}

export function HistoryList({ history, unit, canWrite = false }: Props) {
  const { t, locale } = useI18n();
  const rows = [...history].sort((a, b) => b.period.localeCompare(a.period) || b.id - a.id);
  return (
    <List
      dataSource={rows}
      locale={{ emptyText: t('common.empty') }}
      renderItem={(r) => (
        <List.Item data-testid="history-item">
          <div style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong>{r.period}</Typography.Text>
              <ProgressStatusTag status={r.status} />
              {r.verdict && (
                <Tag
                  color="purple"
                  data-testid="report-verdict"
                >{`${t('progress.verdict')}:${VERDICTS[r.verdict][locale]}`}</Tag>
              )}
              {r.value !== null && <span>{`${formatNumber(r.value, locale)}${unit}`}</span>}
              {r.yoy !== null && <span>{`${t('progress.yoy')} ${formatNumber(r.yoy, locale)}`}</span>}
              <Typography.Text type="secondary">{formatDateTime(r.submittedAt, locale)}</Typography.Text>
            </Space>
            {r.progress && (
              <Typography.Paragraph
                style={{ margin: '4px 0 0' }}
              >{`${t('progress.progress')}:${r.progress}`}</Typography.Paragraph>
            )}
            {r.problems && (
              <Typography.Paragraph
                style={{ margin: 0 }}
              >{`${t('progress.problems')}:${r.problems}`}</Typography.Paragraph>
            )}
            {r.nextSteps && (
              <Typography.Paragraph
                style={{ margin: 0 }}
              >{`${t('progress.nextSteps')}:${r.nextSteps}`}</Typography.Paragraph>
            )}
            {r.returnReason && (
              <Typography.Paragraph
                type="danger"
                style={{ margin: 0 }}
              >{`${t('progress.returnReason')}:${r.returnReason}`}</Typography.Paragraph>
            )}
            {(r.evidence.length > 0 || canWrite) && (
              <Space wrap style={{ marginTop: 4 }}>
                {r.evidence.map((e) => (
                  <a key={e.id} href={e.url} target="_blank" rel="noreferrer" data-testid="evidence-link">
                    {e.name}
                  </a>
                ))}
                {canWrite && <EvidenceUpload report={r} />}
              </Space>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
