// Who changed what and when (the audit trail the server keeps for every write): the target's own writes and its
// assignment's, in words (it showed the codes, “update assignment #12”, in either language).
import { Timeline } from 'antd';
import type { AuditEvent } from '../../../shared/api/targets';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';

const ACTIONS: Record<string, MessageKey> = {
  create: 'audit.create',
  update: 'audit.update',
  delete: 'audit.delete',
};
const ENTITIES: Record<string, MessageKey> = { target: 'audit.target', assignment: 'audit.assignment' };

export function AuditList({ events }: { events: AuditEvent[] }) {
  const { t, locale } = useI18n();
  if (events.length === 0) return <span>{t('common.empty')}</span>;
  const what = (e: AuditEvent) => {
    if (e.action === 'set_rule') return t('audit.set_rule');
    const action = ACTIONS[e.action];
    const entity = ENTITIES[e.entity];
    if (!action || !entity) return `${e.action} ${e.entity}${e.entityId ? ` #${e.entityId}` : ''}`;
    return t('audit.event', { action: t(action), entity: t(entity) });
  };
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        content: `${formatDateTime(e.at, locale)} · ${e.userName ?? t('audit.system')} · ${what(e)}`,
      }))}
    />
  );
}
