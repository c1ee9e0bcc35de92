/** Notifications, newest first and paged, new ones streamed in; opening the page moves the marker. */
import { useCallback, useEffect, useState } from 'react';
import { listNotifications } from '../../api/notifications';
import type { Notification } from '../../api/types';
import { RichContent } from '../../content/RichContent';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Avatar, displayName } from '../../ui/Avatar';
import { ErrorState } from '../../ui/ErrorState';
import { RelativeTime } from '../../ui/RelativeTime';
import { StatusSkeleton } from '../../ui/Skeleton';
import { useStreamEvent } from '../live/live';
import { profilePath, statusPath } from '../status/StatusCard';
import { useUnread } from './unread';

const PAGE_SIZE = 30;

export function NotificationsPage() {
  const { t } = useI18n();
  const unread = useUnread();
  const [items, setItems] = useState<Notification[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error' | 'more'>('loading');
  const [error, setError] = useState<unknown>(null);
  const [lastSeen] = useState(() => unread?.lastReadId ?? null);

  useStreamEvent((event) => {
    if (event.event !== 'notification') return;
    const notification = event.notification;
    setItems((current) => (current.some((item) => item.id === notification.id) ? current : [notification, ...current]));
  });

  const load = useCallback(async (maxId: string | null) => {
    setState(maxId ? 'more' : 'loading');
    try {
      const page = await listNotifications({ maxId });
      setItems((current) => (maxId ? [...current, ...page.items] : page.items));
      setNext(page.items.length >= PAGE_SIZE ? page.next : null);
      setState('ready');
    } catch (failure) {
      setError(failure);
      setState('error');
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  const newest = items[0]?.id;
  useEffect(() => {
    if (newest) unread?.markSeen(newest);
  }, [newest, unread?.markSeen]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section aria-labelledby="notifications-title">
      <h1 id="notifications-title" className="page-title">
        {t('notifications.title')}
      </h1>
      {state === 'loading' && <StatusSkeleton />}
      {state === 'error' && items.length === 0 && <ErrorState error={error} onRetry={() => void load(null)} />}
      {state !== 'loading' && items.length === 0 && state !== 'error' && <p className="empty">{t('notifications.empty')}</p>}
      <ul className="notifications">
        {items.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} unseen={isUnseen(notification.id, lastSeen)} />
        ))}
      </ul>
      {state === 'error' && items.length > 0 && <ErrorState compact error={error} onRetry={() => void load(next)} />}
      {next && state === 'ready' && (
        <div className="timeline-end">
          <button type="button" className="button secondary" onClick={() => void load(next)}>
            {t('feed.loadMore')}
          </button>
        </div>
      )}
      {state === 'more' && <StatusSkeleton count={1} />}
    </section>
  );
}

function isUnseen(id: string, lastSeen: string | null): boolean {
  if (!lastSeen) return true;
  return id.length !== lastSeen.length ? id.length > lastSeen.length : id > lastSeen;
}

function NotificationItem({ notification, unseen }: { notification: Notification; unseen: boolean }) {
  const { t } = useI18n();
  const name = displayName(notification.account);
  const key = (['follow', 'mention', 'status', 'favourite'] as const).find((type) => type === notification.type) ?? 'other';
  const who = <Link to={profilePath(notification.account.acct)}>{name}</Link>;
  const [before, after] = t(`notifications.${key}`).split('{name}');
  return (
    <li className={unseen ? 'notification unseen' : 'notification'} data-type={notification.type}>
      <Avatar account={notification.account} size={40} />
      <div className="notification-body">
        <p>
          {before}
          {who}
          {after} ·{' '}
          {notification.status ? (
            <Link to={statusPath(notification.status)} className="muted">
              <RelativeTime iso={notification.created_at} />
            </Link>
          ) : (
            <RelativeTime iso={notification.created_at} />
          )}
        </p>
        {notification.status && <RichContent html={notification.status.content} className="rich-content notification-status" />}
      </div>
    </li>
  );
}
