// Who changed what and when (the audit trail the server keeps for every write).
import { Timeline } from 'antd';
import type { AuditEvent } from '../../../shared/api/targets';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n';

export function AuditList({ events }: { events: AuditEvent[] }) {
  const { t, locale } = useI18n();
  if (events.length === 0) return <span>{t('common.empty')}</span>;
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        content: `${formatDateTime(e.at, locale)} · ${e.userName ?? '—'} · ${e.action} ${e.entity}${e.entityId ? ` #${e.entityId}` : ''}`,
      }))}
    />
  );
}
