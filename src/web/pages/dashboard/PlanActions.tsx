// What the 督查室 can do with the plan from its dashboard: finish reviewing a draft, or publish a confirmed
// plan to the public page (asks first).
import { App, Button, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { PlanSummary } from '../../../shared/api/plans';
import { useReportError } from '../../api/errors';
import { useSession } from '../../api/session';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { usePublishPlan } from './api';

export function PlanActions({ plan }: { plan: PlanSummary }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const isAdmin = useSession().data?.role === 'admin';
  const publish = usePublishPlan();
  const reportError = useReportError();
  const tag = (
    <Tag color={plan.status === 'published' ? 'success' : plan.status === 'draft' ? 'warning' : 'processing'}>
      {t(`plan.status.${plan.status}` as MessageKey)}
    </Tag>
  );
  if (!isAdmin) return tag;
  const askPublish = () =>
    modal.confirm({
      title: t('plan.publish'),
      content: t('plan.publishAsk'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        publish
          .mutateAsync(plan.id)
          .then(() => void message.success(t('plan.published')))
          .catch(reportError),
    });
  return (
    <>
      {tag}
      {plan.status === 'draft' && (
        <Link to={`/import/${plan.id}`}>
          <Button size="small">{t('import.review')}</Button>
        </Link>
      )}
      {plan.status === 'confirmed' && (
        <Button size="small" onClick={askPublish} loading={publish.isPending}>
          {t('plan.publish')}
        </Button>
      )}
    </>
  );
}
