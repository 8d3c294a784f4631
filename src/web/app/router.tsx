// Routes. Every page is lazy-loaded so the first load carries only the shell; deep links and the back
// button work because state that matters (plan, filters, offsets) lives in the URL.
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { plansQuery } from '../api/hooks';
import { PageLoading } from '../components/QueryState';
import { AppLayout } from './AppLayout';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { queryClient } from './queryClient';
import { RequireAuth } from './RequireAuth';

const pages = {
  login: () => import('../pages/login'),
  dashboard: () => import('../pages/dashboard'),
  targets: () => import('../pages/targets'),
  targetDetail: () => import('../pages/target-detail'),
  department: () => import('../pages/department'),
  review: () => import('../pages/review'),
  public: () => import('../pages/public'),
  source: () => import('../pages/source'),
  import: () => import('../pages/import'),
  users: () => import('../pages/admin/users'),
  departments: () => import('../pages/admin/departments'),
  rules: () => import('../pages/admin/rules'),
  sheets: () => import('../pages/sheets'),
  sheet: () => import('../pages/sheets/SheetPage'),
  bulletins: () => import('../pages/bulletins'),
  calendar: () => import('../pages/calendar'),
  yearReview: () => import('../pages/year-review'),
  ledger: () => import('../pages/ledger'),
  reporting: () => import('../pages/reporting'),
};

/** Starts loading the first page's code at once, in parallel with the session check that guards it. */
const firstPage: [RegExp, () => Promise<unknown>][] = [
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
void firstPage.find(([pattern]) => pattern.test(window.location.pathname))?.[1]();
if (!/^\/(public|login)/.test(window.location.pathname)) void queryClient.prefetchQuery(plansQuery);
if (/^\/plans\/\d+\/dashboard/.test(window.location.pathname)) {
  void pages.dashboard().then((page) => page.prefetch(queryClient, window.location));
}

const Login = lazy(pages.login);
const Dashboard = lazy(pages.dashboard);
const Targets = lazy(pages.targets);
const TargetDetail = lazy(pages.targetDetail);
const Department = lazy(pages.department);
const Review = lazy(pages.review);
const PublicPage = lazy(pages.public);
const Source = lazy(pages.source);
const ImportPage = lazy(pages.import);
const Users = lazy(pages.users);
const Departments = lazy(pages.departments);
const Rules = lazy(pages.rules);
const Sheets = lazy(pages.sheets);
const SheetDetail = lazy(pages.sheet);
const Bulletins = lazy(pages.bulletins);
const CalendarPage = lazy(pages.calendar);
const YearReview = lazy(pages.yearReview);
const Ledger = lazy(pages.ledger);
const Reporting = lazy(pages.reporting);

export function AppRouter() {
  return (
    <BrowserRouter>
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
    </BrowserRouter>
  );
}
