// `/`: a reporter lands in their department workspace; everyone else on the dashboard of the current plan.
import { Button, Empty } from 'antd';
import { Link, Navigate } from 'react-router-dom';
import { defaultPlanId, usePlans } from '../api/hooks';
import { useSession } from '../api/session';
import { QueryState } from '../components/QueryState';
import { useI18n } from './i18n';

export function Home() {
  const { t } = useI18n();
  const session = useSession();
  const plans = usePlans();
  if (session.data?.role === 'reporter') return <Navigate to="/department" replace />;
  return (
    <QueryState query={plans}>
      {(list) => {
        const id = defaultPlanId(list);
        if (id !== null) return <Navigate to={`/plans/${id}/dashboard`} replace />;
        return (
          <Empty description={t('common.noPlan')}>
            {session.data?.role === 'admin' && (
              <Link to="/import">
                <Button type="primary">{t('nav.import')}</Button>
              </Link>
            )}
          </Empty>
        );
      }}
    </QueryState>
  );
}
