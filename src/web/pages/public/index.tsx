// 公开: no sign-in needed. The list of published plans, and each plan's items with approved progress.
import { Button, Card, Layout, List, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { planName } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { QueryState } from '../../components/QueryState';
import { usePublicPlan, usePublicPlans } from './api';
import { PlanItems } from './PlanItems';

function PlanList() {
  const { t } = useI18n();
  const plans = usePublicPlans();
  return (
    <QueryState query={plans} isEmpty={(list) => list.length === 0} empty={t('public.none')}>
      {(list) => (
        <Card title={t('public.plans')}>
          <List
            dataSource={list}
            renderItem={(p) => (
              <List.Item>
                <Link to={`/public/plans/${p.id}`} data-testid="public-plan">
                  {planName(p)}
                </Link>
              </List.Item>
            )}
          />
        </Card>
      )}
    </QueryState>
  );
}

function PlanView({ id }: { id: number }) {
  const plan = usePublicPlan(id);
  return <QueryState query={plan}>{(p) => <PlanItems plan={p} />}</QueryState>;
}

export default function PublicPage() {
  const { t, locale, setLocale } = useI18n();
  const id = Number(useParams().planId);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 16px' }}>
        <Link to="/public">
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            {`${t('appName')} · ${t('public.title')}`}
          </Typography.Text>
        </Link>
        <div style={{ flex: 1 }} />
        <Button
          size="small"
          onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
          data-testid="locale-switch"
        >
          {t('locale.switch')}
        </Button>
        <Link to="/login">
          <Button size="small" type="primary">
            {t('session.login')}
          </Button>
        </Link>
      </Layout.Header>
      <Layout.Content
        style={{ padding: 16, maxWidth: 1100, width: '100%', margin: '0 auto' }}
        data-testid="public-page"
      >
        <Typography.Paragraph type="secondary">{t('public.subtitle')}</Typography.Paragraph>
        {Number.isInteger(id) && id > 0 ? <PlanView id={id} /> : <PlanList />}
      </Layout.Content>
    </Layout>
  );
}
