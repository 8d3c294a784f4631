// Drafts and returned reports of the department, each reopened in the progress form.
import { Button, List, Space, Typography } from 'antd';
import type { ProgressReport } from '../../../shared/api/progress';
import type { Target } from '../../../shared/api/targets';
import { useI18n } from '../../app/i18n';
import { EvidenceUpload } from '../../components/EvidenceUpload';
import { ProgressStatusTag } from '../target-detail/HistoryList';

interface Props {
  reports: ProgressReport[];
  targets: Map<number, Target>;
  /** Reopens the report in the progress form; absent where it cannot be edited (submitted). */
  onOpen?: (target: Target, report: ProgressReport) => void;
  testId: string;
}

export function ReportList({ reports, targets, onOpen, testId }: Props) {
  const { t } = useI18n();
  return (
    <List
      size="small"
      dataSource={reports}
      locale={{ emptyText: t('common.empty') }}
      renderItem={(r) => {
        const target = targets.get(r.targetId);
        return (
          <List.Item
            data-testid={testId}
            actions={[
              <EvidenceUpload key="evidence" report={r} />,
              ...(target && onOpen
                ? [
                    <Button key="edit" size="small" onClick={() => onOpen(target, r)}>
                      {t('common.edit')}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <div>
              <Space wrap>
                <Typography.Text strong>{target?.indicator ?? `#${r.targetId}`}</Typography.Text>
                <span>{r.period}</span>
                <ProgressStatusTag status={r.status} />
              </Space>
              {r.evidence.length > 0 && (
                <Space wrap style={{ display: 'flex' }}>
                  {r.evidence.map((e) => (
                    <a key={e.id} href={e.url} target="_blank" rel="noreferrer" data-testid="evidence-link">
                      {e.name}
                    </a>
                  ))}
                </Space>
              )}
              {r.returnReason && (
                <Typography.Paragraph type="danger" style={{ margin: '4px 0 0' }}>
                  {`${t('progress.returnReason')}:${r.returnReason}`}
                </Typography.Paragraph>
              )}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
