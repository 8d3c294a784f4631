// The lagging items with the server's explanation sentence (the 通报 pattern, DOMAIN.md §1.4 item 3).
import { List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Target } from '../../../shared/api/targets';
import { useI18n } from '../../app/i18n';
import { StatusTag } from '../../components/StatusTag';

export function LaggingList({ targets }: { targets: Target[] }) {
  const { t, locale } = useI18n();
  return (
    <List
      size="small"
      dataSource={targets}
      locale={{ emptyText: t('dashboard.noLagging') }}
      renderItem={(target) => (
        <List.Item data-testid="lagging-item">
          <div style={{ width: '100%' }}>
            <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
              <StatusTag status={target.judgement.status} colour={target.judgement.colour} />
              <Link to={`/targets/${target.id}`}>{target.indicator}</Link>
              {target.assignment?.lead && (
                <Typography.Text type="secondary">{target.assignment.lead.name}</Typography.Text>
              )}
            </div>
            <Typography.Paragraph style={{ margin: '4px 0 0' }} type="secondary">
              {locale === 'zh' ? target.judgement.sentenceZh : target.judgement.sentenceEn}
            </Typography.Paragraph>
          </div>
        </List.Item>
      )}
    />
  );
}
