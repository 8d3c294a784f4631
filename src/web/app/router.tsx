// Routes. Every page is lazy-loaded so the first load carries only the shell; deep links and the back
// button work because state that matters (plan, filters, offsets) lives in the URL.
import { Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { plansQuery } from '../api/hooks';
import { sessionQuery } from '../api/session';
import { PageLoading } from '../components/QueryState';
import { prefetch as prefetchDashboard } from '../pages/dashboard/api';
import { preloadDashboardParts } from '../pages/dashboard/lazyParts';
import { AppLayout } from './AppLayout';
import { Home } from './Home';
import { type LazyPage, LazyRoute, lazyPage } from './lazyPage';
import { NotFound } from './NotFound';
import { PageErrorBoundary } from './PageErrorBoundary';
import { queryClient } from './queryClient';
import { RequireAuth } from './RequireAuth';

const pages = {
  login: lazyPage(() => import('../pages/login')),
  dashboard: lazyPage(() => import('../pages/dashboard')),
  targets: lazyPage(() => import('../pages/targets')),
  targetDetail: lazyPage(() => import('../pages/target-detail')),
  department: lazyPage(() => import('../pages/department')),
  review: lazyPage(() => import('../pages/review')),
  public: lazyPage(() => import('../pages/public')),
  source: lazyPage(() => import('../pages/source')),
  import: lazyPage(() => import('../pages/import')),
  users: lazyPage(() => import('../pages/admin/users')),
  departments: lazyPage(() => import('../pages/admin/departments')),
  rules: lazyPage(() => import('../pages/admin/rules')),
  sheets: lazyPage(() => import('../pages/sheets')),
  sheet: lazyPage(() => import('../pages/sheets/SheetPage')),
  bulletins: lazyPage(() => import('../pages/bulletins')),
  calendar: lazyPage(() => import('../pages/calendar')),
  yearReview: lazyPage(() => import('../pages/year-review')),
  ledger: lazyPage(() => import('../pages/ledger')),
  reporting: lazyPage(() => import('../pages/reporting')),
};

const firstPages: [RegExp, LazyPage][] = [
  [/^\/plans\/\d+\/dashboard/, pages.dashboard],
  [/^\/plans\/\d+\/targets/, pages.targets],
  [/^\/plans\/\d+\/source/, pages.source],
  [/^\/targets\//, pages.targetDetail],
  [/^\/plans\/\d+\/sheets/, pages.sheets],
  [/^\/sheets\//, pages.sheet],
  [/^\/plans\/\d+\/bulletins/, pages.bulletins],
  [/^\/plans\/\d+\/calendar/, pages.calendar],
  [/^\/department/, pages.department],
  [/^\/review/, pages.review],
  [/^\/public/, pages.public],
  [/^\/login/, pages.login],
];

/**
 * Starts the first page's code and data at once, in parallel with the session check that guards it (the
 * requests themselves were already sent by index.html). Resolves when the page's code is here (or failed),
 * so the first render shows the page without a Suspense fallback in between.
 */
export function preloadFirstPage(location: Location): Promise<unknown> {
  const { pathname } = location;
  if (!/^\/(public|login)/.test(pathname)) {
    void queryClient.prefetchQuery(sessionQuery);
    void queryClient.prefetchQuery(plansQuery);
  }
  if (/^\/plans\/\d+\/dashboard/.test(pathname)) {
    prefetchDashboard(queryClient, location);
    preloadDashboardParts();
  }
  const page = firstPages.find(([pattern]) => pattern.test(pathname))?.[1];
  return page ? page.load().catch(() => undefined) : Promise.resolve();
}

const Login = () => <LazyRoute page={pages.login} />;
const Dashboard = () => <LazyRoute page={pages.dashboard} />;
const Targets = () => <LazyRoute page={pages.targets} />;
const TargetDetail = () => <LazyRoute page={pages.targetDetail} />;
const Department = () => <LazyRoute page={pages.department} />;
const Review = () => <LazyRoute page={pages.review} />;
const PublicPage = () => <LazyRoute page={pages.public} />;
const Source = () => <LazyRoute page={pages.source} />;
const ImportPage = () => <LazyRoute page={pages.import} />;
const Users = () => <LazyRoute page={pages.users} />;
const Departments = () => <LazyRoute page={pages.departments} />;
const Rules = () => <LazyRoute page={pages.rules} />;
const Sheets = () => <LazyRoute page={pages.sheets} />;
const SheetDetail = () => <LazyRoute page={pages.sheet} />;
const Bulletins = () => <LazyRoute page={pages.bulletins} />;
const CalendarPage = () => <LazyRoute page={pages.calendar} />;
const YearReview = () => <LazyRoute page={pages.yearReview} />;
const Ledger = () => <LazyRoute page={pages.ledger} />;
const Reporting = () => <LazyRoute page={pages.reporting} />;

export function AppRouter() {
  return (
    <BrowserRouter>
      <PageErrorBoundary>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/login" element={<Login />} />
            <Route path="/public" element={<PublicPage />} />
            <Route path="/public/plans/:planId" element={<PublicPage />} />
            <Route
              element={
                <RequireAuth>
                  <AppLayout />
                </RequireAuth>
              }
            >
              <Route index element={<Home />} />
              <Route path="plans/:planId" element={<Navigate to="dashboard" replace />} />
              <Route path="plans/:planId/dashboard" element={<Dashboard />} />
              <Route path="plans/:planId/targets" element={<Targets />} />
              <Route path="plans/:planId/source" element={<Source />} />
              <Route path="targets/:targetId" element={<TargetDetail />} />
              <Route path="plans/:planId/sheets" element={<Sheets />} />
              <Route path="sheets/:sheetId" element={<SheetDetail />} />
              <Route path="plans/:planId/bulletins" element={<Bulletins />} />
              <Route path="plans/:planId/calendar" element={<CalendarPage />} />
              <Route path="plans/:planId/year-review" element={<YearReview />} />
              <Route path="plans/:planId/ledger" element={<Ledger />} />
              <Route path="plans/:planId/reporting" element={<Reporting />} />
              <Route path="department" element={<Department />} />
              <Route path="review" element={<Review />} />
              <Route path="import" element={<ImportPage />} />
              <Route path="import/:planId" element={<ImportPage />} />
              <Route path="admin/users" element={<Users />} />
              <Route path="admin/departments" element={<Departments />} />
              <Route path="admin/rules" element={<Rules />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </Suspense>
      </PageErrorBoundary>
    </BrowserRouter>
  );
}
