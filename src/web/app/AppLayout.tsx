// The shell of the signed-in app: a side menu (a drawer on a phone), the plan picker, the language switch
// and the user's menu. Menu entries depend on the role (notes/api.md roles).
import { Button, Drawer, Dropdown, Layout, Menu, type MenuProps, Select, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { SessionUser } from '../../shared/api/session';
import { defaultPlanId, rememberPlan, usePlans } from '../api/hooks';
import { useLogout, useSession } from '../api/session';
import { PageLoading } from '../components/QueryState';
import { planName } from './format';
import { useI18n } from './i18n';
import type { MessageKey } from './messages';
import { NotificationBell } from './NotificationBell';
import { PageErrorBoundary } from './PageErrorBoundary';
import { useNarrow } from './useNarrow';

interface Entry {
  key: string;
  label: MessageKey;
  roles: SessionUser['role'][];
}

const planEntries: Entry[] = [
  { key: 'dashboard', label: 'nav.dashboard', roles: ['admin', 'leader', 'reporter'] },
  { key: 'targets', label: 'nav.targets', roles: ['admin', 'leader', 'reporter'] },
  { key: 'source', label: 'nav.source', roles: ['admin', 'leader'] },
];
/** 督查督办 (issue 5): the supervision cycle of the plan. */
const supervisionEntries: Entry[] = [
  { key: 'sheets', label: 'nav.sheets', roles: ['admin', 'leader', 'reporter'] },
  { key: 'bulletins', label: 'nav.bulletins', roles: ['admin', 'leader', 'reporter'] },
  { key: 'calendar', label: 'nav.calendar', roles: ['admin', 'leader', 'reporter'] },
  { key: 'year-review', label: 'nav.yearReview', roles: ['admin', 'leader'] },
  { key: 'ledger', label: 'nav.ledger', roles: ['admin'] },
  { key: 'reporting', label: 'nav.reporting', roles: ['admin'] },
];
const otherEntries: Entry[] = [
  { key: '/department', label: 'nav.department', roles: ['admin', 'reporter'] },
  { key: '/review', label: 'nav.review', roles: ['admin'] },
  { key: '/import', label: 'nav.import', roles: ['admin'] },
  { key: '/admin/users', label: 'nav.users', roles: ['admin'] },
  { key: '/admin/departments', label: 'nav.departments', roles: ['admin'] },
  { key: '/admin/rules', label: 'nav.rules', roles: ['admin'] },
  { key: '/public', label: 'nav.public', roles: ['admin', 'leader', 'reporter'] },
];

function useMenu(user: SessionUser, planId: number | null): MenuProps['items'] {
  const { t } = useI18n();
  const ofPlan = (entries: Entry[]) =>
    planId
      ? entries
          .filter((e) => e.roles.includes(user.role))
          .map((e) => ({ key: `/plans/${planId}/${e.key}`, label: t(e.label) }))
      : [];
  const supervision = ofPlan(supervisionEntries);
  const other = otherEntries
    .filter((e) => e.roles.includes(user.role))
    .map((e) => ({ key: e.key, label: t(e.label) }));
  return [
    ...ofPlan(planEntries),
    ...(supervision.length > 0
      ? [{ key: 'supervision', type: 'group' as const, label: t('nav.supervision'), children: supervision }]
      : []),
    ...other,
  ];
}

export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const narrow = useNarrow();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const user = useSession().data;
  const logout = useLogout();
  const plans = usePlans();
  const routePlan = /^\/plans\/(\d+)/.exec(location.pathname)?.[1];
  const planId = routePlan ? Number(routePlan) : plans.data ? defaultPlanId(plans.data) : null;
  const items = useMenu(user ?? { id: 0, name: '', role: 'leader', departmentId: null }, planId);
  if (!user) return null;

  const selected = location.pathname.startsWith('/targets/')
    ? `/plans/${planId}/targets`
    : location.pathname.startsWith('/sheets/')
      ? `/plans/${planId}/sheets`
      : location.pathname.replace(/^\/import\/\d+$/, '/import');
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      items={items}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
    />
  );
  const switchPlan = (id: number) => {
    rememberPlan(id);
    const rest = /^\/plans\/\d+(\/.*)?$/.exec(location.pathname)?.[1] ?? '/dashboard';
    navigate(`/plans/${id}${rest}`);
  };

  const planPicker = plans.data && plans.data.length > 0 && planId !== null && (
    <Select
      aria-label={t('common.plan')}
      value={planId}
      style={{ width: narrow ? '100%' : 260, marginBottom: narrow ? 12 : 0 }}
      popupMatchSelectWidth={false}
      onChange={(id: number) => {
        setDrawerOpen(false);
        switchPlan(id);
      }}
      options={plans.data.map((p) => ({ value: p.id, label: planName(p) }))}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, padding: narrow ? '0 12px' : '0 24px' }}
      >
        {narrow && (
          <Button
            type="text"
            aria-label={t('nav.menu')}
            style={{ color: '#fff', fontSize: 20 }}
            onClick={() => setDrawerOpen(true)}
          >
            ☰
          </Button>
        )}
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Typography.Text>
        {!narrow && <Typography.Text style={{ color: '#ffffffa6' }}>{t('appTagline')}</Typography.Text>}
        <div style={{ flex: 1 }} />
        <Space size={narrow ? 4 : 12}>
          {!narrow && planPicker}
          <NotificationBell light />
          <Button
            size="small"
            onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
            data-testid="locale-switch"
          >
            {t('locale.switch')}
          </Button>
          <Dropdown
            menu={{
              items: [
                { key: 'role', label: t(`role.${user.role}`), disabled: true },
                { key: 'logout', label: t('session.logout') },
              ],
              onClick: ({ key }) => {
                if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login') });
              },
            }}
          >
            <Button
              type="text"
              style={{ color: '#fff', maxWidth: narrow ? 96 : 200 }}
              data-testid="user-menu"
            >
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{user.name}</span>
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={280}>
            {planPicker}
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <PageErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
