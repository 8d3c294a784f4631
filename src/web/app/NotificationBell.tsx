// The bell in the header: unread in-app notifications (reminders to report, 督办单 responses due) meant for
// the user (theirs and their department's), refreshed every minute; opening one marks it read and follows its link.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Notification } from '../../shared/api/supervision';
import { api } from '../api/client';
import { formatDateTime } from './format';
import { useI18n } from './i18n';

const shown = 20;

function useUnread() {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => api<Notification[]>('/api/notifications?unread=true'),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}

function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<Notification>(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true">
      <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
    </svg>
  );
}

/** Only links inside the app are followed (a notification's link is a path such as /sheets/3). */
function internal(link: string | null): string | null {
  return link?.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function NotificationBell({ light }: { light?: boolean }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const unread = useUnread();
  const markRead = useMarkRead();
  const list = unread.data ?? [];

  const follow = (n: Notification) => {
    markRead.mutate(n.id);
    const to = internal(n.link);
    if (to) {
      setOpen(false);
      navigate(to);
    }
  };
  const content = (
    <div
      style={{ width: 300, maxWidth: '80vw', maxHeight: 360, overflowY: 'auto' }}
      data-testid="notifications"
    >
      {list.length === 0 && <Typography.Text type="secondary">{t('notify.empty')}</Typography.Text>}
      {list.slice(0, shown).map((n) => (
        <div
          key={n.id}
          style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
          data-testid="notification"
        >
          <Typography.Text strong>{n.subject}</Typography.Text>
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 2 }}
            style={{ margin: '2px 0', whiteSpace: 'pre-wrap' }}
          >
            {n.body}
          </Typography.Paragraph>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(n.createdAt, locale)}
            </Typography.Text>
            <Button size="small" type="link" onClick={() => follow(n)}>
              {internal(n.link) ? t('notify.open') : t('notify.markRead')}
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={list.length > 0 ? t('notify.unread', { n: list.length }) : t('notify.title')}
      content={content}
    >
      <Badge count={list.length} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          aria-label={t('notify.title')}
          data-testid="notification-bell"
          style={{ color: light ? '#fff' : undefined, fontSize: 18 }}
        >
          <BellIcon />
        </Button>
      </Badge>
    </Popover>
  );
}
