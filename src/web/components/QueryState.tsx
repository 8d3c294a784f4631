// Loading, error and empty states shared by every page: one look, and errors always in words.
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { errorText } from '../api/errors';
import { useI18n } from '../app/i18n';

export function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }} role="status">
      <Spin size="large" />
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      title={t('error.title')}
      description={errorText(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** Treat the loaded data as empty (shows the empty state instead of children). */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

export function QueryState<T>({ query, isEmpty, empty, children }: QueryStateProps<T>) {
  const { t } = useI18n();
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <Empty description={empty ?? t('common.empty')} />;
  return <>{children(query.data)}</>;
}
