// Entry of the SPA: providers (language, antd App for messages/modals, TanStack Query) and the router.
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
// Every antd component's styles, prebuilt (the theme's zeroRuntime in app/i18n.tsx).
import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './app/i18n';
import { queryClient } from './app/queryClient';
import { AppRouter, preloadFirstPage } from './app/router';

const root = document.getElementById('root');
// The first page's code is awaited before the first render (its data and the session are already on the
// way), so the page appears in one step instead of behind a loading fallback.
if (root) void preloadFirstPage(window.location).then(() => render(root));

function render(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <AntApp>
            <AppRouter />
          </AntApp>
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
