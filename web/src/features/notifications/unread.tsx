/**
 * The unread count behind the badge: the server's count of notifications newer than the
 * notifications marker, raised by each `notification` event while the streaming connection
 * is open and asked for again every 15 s while it is not. Opening the notifications moves
 * the marker.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { listNotifications, unreadCount } from '../../api/notifications';
import { useI18n } from '../../i18n/i18n';
import { useConnectionState, useStreamEvent } from '../live/live';
import { isNewer, markersApiMarker, type NotificationMarker } from './marker';

interface Unread {
  count: number;
  /** The last notification read before now, to tell new ones apart. */
  lastReadId: string | null;
  markSeen: (newestId: string) => void;
}

const UnreadContext = createContext<Unread | null>(null);

interface Props {
  accountId: string;
  intervalMs?: number;
  marker?: NotificationMarker;
  children: ReactNode;
}

export function UnreadProvider({ accountId, intervalMs = 15_000, marker: given, children }: Props) {
  const marker = useMemo(() => given ?? markersApiMarker(accountId), [accountId, given]);
  const [lastReadId, setLastReadId] = useState(() => marker.cached());
  const lastRead = useRef(lastReadId);
  const [count, setCount] = useState(0);
  const counted = useRef(new Set<string>());
  const countEndpoint = useRef(true);
  const connection = useConnectionState();

  const check = useCallback(async () => {
    try {
      if (countEndpoint.current) {
        try {
          const answer = await unreadCount();
          counted.current.clear();
          setCount(answer.count);
          return;
        } catch (error) {
          // A server without unread_count: count the page newer than the marker instead.
          if (!(error instanceof ApiError && error.kind === 'not-found')) throw error;
          countEndpoint.current = false;
        }
      }
      const page = await listNotifications({ sinceId: lastRead.current });
      counted.current.clear();
      setCount(page.items.length);
    } catch {
      // The badge is a hint: a failed check keeps the last count and the next one retries.
    }
  }, []);

  useEffect(() => {
    let live = true;
    void marker.load().then((id) => {
      if (!live) return;
      if (id && isNewer(id, lastRead.current)) {
        lastRead.current = id;
        setLastReadId(id);
      }
    });
    return () => {
      live = false;
    };
  }, [marker]);

  useEffect(() => {
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    void check();
    // While the connection is open, events keep the count; otherwise it is polled.
    const timer = connection === 'open' ? undefined : window.setInterval(() => void check(), intervalMs);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [check, intervalMs, connection === 'open']); // eslint-disable-line react-hooks/exhaustive-deps

  useStreamEvent((event) => {
    if (event.event !== 'notification') return;
    const { id } = event.notification;
    if (!isNewer(id, lastRead.current) || counted.current.has(id)) return;
    counted.current.add(id);
    setCount((current) => current + 1);
  });

  const markSeen = useCallback(
    (newestId: string) => {
      if (isNewer(newestId, lastRead.current)) {
        lastRead.current = newestId;
        setLastReadId(newestId);
        marker.save(newestId).catch(() => undefined);
      }
      counted.current.clear();
      setCount(0);
    },
    [marker],
  );

  const value = useMemo(() => ({ count, lastReadId, markSeen }), [count, lastReadId, markSeen]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

export const useUnread = () => useContext(UnreadContext);

/** The count on the notifications link, when there is something unread. */
export function UnreadBadge() {
  const { t } = useI18n();
  const unread = useUnread();
  if (!unread || unread.count <= 0) return null;
  return (
    <span className="badge" data-testid="unread-badge" aria-label={t('nav.unread', { count: unread.count })}>
      {unread.count > 99 ? '99+' : unread.count}
    </span>
  );
}
