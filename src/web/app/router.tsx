// Routes. Every page is lazy-loaded so the first load carries only the shell; deep links and the back
// button work because state that matters (plan, filters, offsets) lives in the URL.
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { PageLoading } from '../components/QueryState';
import { AppLayout } from './AppLayout';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { RequireAuth } from './RequireAuth';

const Login = lazy(() => import('../pages/login'));
const Dashboard = lazy(() => import('../pages/dashboard'));
const Targets = lazy(() => import('../pages/targets'));
const TargetDetail = lazy(() => import('../pages/target-detail'));
const Department = lazy(() => import('../pages/department'));
const Review = lazy(() => import('../pages/review'));
const PublicPage = lazy(() => import('../pages/public'));
const Source = lazy(() => import('../pages/source'));
const ImportPage = lazy(() => import('../pages/import'));
const Users = lazy(() => import('../pages/admin/users'));
const Departments = lazy(() => import('../pages/admin/departments'));

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
            <Route path="department" element={<Department />} />
            <Route path="review" element={<Review />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="import/:planId" element={<ImportPage />} />
            <Route path="admin/users" element={<Users />} />
            <Route path="admin/departments" element={<Departments />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
