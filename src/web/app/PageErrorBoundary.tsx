// A page whose code or rendering fails shows a message and a reload button instead of a blank screen: a
// phone losing its connection while a page's code downloads, or a tab left open over an update (its old code
// files are gone). React.lazy keeps a failed download, so reloading the app is what brings the page back.
import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useI18n } from './i18n';

function PageFailed() {
  const { t } = useI18n();
  return (
    <Result
      status="warning"
      title={t('error.pageLoad')}
      subTitle={t('error.pageLoadHint')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()} data-testid="page-reload">
          {t('common.reload')}
        </Button>
      }
    />
  );
}

interface Props {
  children: ReactNode;
  /** A change (another page's path) clears the failure, so the next page gets its own try. */
  resetKey?: string;
}

export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
