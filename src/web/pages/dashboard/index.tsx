// 总览: main targets, counts by status, status by area and by department, and the lagging list, as of a
// date kept in the URL (?asOf=YYYY-MM-DD) so a link shows the same picture.
import { Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useRoutePlanId } from '../../api/hooks';
import { formatPercent, planName } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { ExportMenu } from '../../components/ExportMenu';
import { QueryState } from '../../components/QueryState';
import { useDashboard } from './api';

import { LaggingList } from './LaggingList';
import { LazyAsOfPicker, LazyStatusBars } from './lazyParts';
import { MainTargets } from './MainTargets';
import { PlanActions } from './PlanActions';
import { StatusCounts } from './StatusCounts';

export default function DashboardPage() {
  const { t, locale } = useI18n();
  const planId = useRoutePlanId();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  const dashboard = useDashboard(planId, asOf);

  return (
    <QueryState query={dashboard}>
      {(d) => (
        <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard">
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'baseline' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {planName(d.plan)}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('dashboard.asOf', { date: d.asOf })} ·{' '}
              {t('dashboard.timeProgress', { pct: formatPercent(d.timeProgress, locale) })}
            </Typography.Text>
            <PlanActions plan={d.plan} />
            <ExportMenu planId={d.plan.id} />
            <LazyAsOfPicker
              value={asOf}
              onChange={(value) => {
                const next = new URLSearchParams(params);
                if (value) next.set('asOf', value);
                else next.delete('asOf');
                setParams(next);
              }}
            />
          </div>
          <StatusCounts counts={d.counts} planId={d.plan.id} />
          <Card size="small" title={t('dashboard.mainTargets')}>
            {d.mainTargets.length > 0 ? <MainTargets targets={d.mainTargets} /> : <Empty />}
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('dashboard.byArea')}>
                <LazyStatusBars
                  bars={d.byArea.map((a) => ({ name: a.title, counts: a.counts }))}
                  label={t('dashboard.byArea')}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('dashboard.byDepartment')}>
                <LazyStatusBars
                  bars={d.byDepartment.map((a) => ({ name: a.name, counts: a.counts }))}
                  label={t('dashboard.byDepartment')}
                />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('dashboard.lagging')}>
            <LaggingList targets={d.lagging} />
          </Card>
        </Space>
      )}
    </QueryState>
  );
}
