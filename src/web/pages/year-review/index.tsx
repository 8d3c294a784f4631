// 年度总结: the year-end review written from approved figures in the report's own style, grouped by area,
// and the plan-versus-actual table (DOMAIN.md §1.6); downloadable as .docx (GET /api/plans/:id/export/docx).
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { Review } from '../../../shared/api/supervision';
import { api } from '../../api/client';
import { useRoutePlanId } from '../../api/hooks';
import { useSession } from '../../api/session';
import { useI18n } from '../../app/i18n';
import { QueryState } from '../../components/QueryState';

type Row = Review['table'][number];

function useReview(planId: number | null) {
  return useQuery({
    queryKey: ['year-review', planId],
    queryFn: () => api<Review>(`/api/plans/${planId}/review`),
    enabled: planId !== null,
  });
}

export default function YearReviewPage() {
  const { t } = useI18n();
  const planId = useRoutePlanId();
  const review = useReview(planId);
  const role = useSession().data?.role;
  const canDownload = role === 'admin' || role === 'leader';

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="year-review-page">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('yearReview.title')}
        </Typography.Title>
        {canDownload && planId !== null && (
          <Button type="primary" href={`/api/plans/${planId}/export/docx`} data-testid="year-review-download">
            {t('yearReview.download')}
          </Button>
        )}
      </Space>
      <QueryState query={review}>
        {(r) => (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small">
              <article style={{ maxWidth: 880 }} data-testid="year-review-text">
                <Typography.Title level={4} style={{ textAlign: 'center' }}>
                  {r.title}
                </Typography.Title>
                <Typography.Paragraph style={{ textIndent: '2em' }}>{r.opening}</Typography.Paragraph>
                {r.areas.map((a) => (
                  <section key={a.title}>
                    <Typography.Title level={5}>{a.title}</Typography.Title>
                    <Typography.Paragraph style={{ textIndent: '2em' }}>{a.paragraph}</Typography.Paragraph>
                  </section>
                ))}
              </article>
            </Card>
            <Card
              size="small"
              title={t('yearReview.table')}
              extra={
                <Typography.Text type="secondary" data-testid="year-review-summary">
                  {t('yearReview.summary', { numeric: r.numeric, met: r.met })}
                  {r.unreported > 0 && `; ${t('yearReview.unreported', { unreported: r.unreported })}`}
                </Typography.Text>
              }
            >
              <Table<Row>
                rowKey="seq"
                size="small"
                dataSource={r.table}
                pagination={false}
                scroll={{ x: 860 }}
                data-testid="year-review-table"
                columns={[
                  { title: '#', dataIndex: 'seq', width: 50 },
                  { title: t('yearReview.area'), dataIndex: 'area', width: 120 },
                  { title: t('yearReview.indicator'), dataIndex: 'indicator', width: 200 },
                  { title: t('yearReview.plan'), dataIndex: 'planText', width: 130 },
                  {
                    title: t('yearReview.actual'),
                    width: 140,
                    render: (_, row) => (
                      <span>
                        {row.actualText || '—'}
                        {row.estimate && <Tag style={{ marginLeft: 4 }}>{t('yearReview.estimate')}</Tag>}
                      </span>
                    ),
                  },
                  { title: t('yearReview.result'), dataIndex: 'resultText', width: 130 },
                  {
                    title: t('yearReview.met'),
                    width: 90,
                    render: (_, row) =>
                      row.met === null ? (
                        '—'
                      ) : (
                        <Tag color={row.met ? 'success' : 'error'}>
                          {row.met ? t('common.yes') : t('common.no')}
                        </Tag>
                      ),
                  },
                ]}
              />
            </Card>
          </Space>
        )}
      </QueryState>
    </Space>
  );
}
