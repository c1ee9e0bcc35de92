/**
 * The unread count behind the badge: notifications newer than the last one seen, checked
 * by polling now and by the streaming API later (the same context feeds the badge).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { listNotifications } from '../../api/notifications';
import { localMarker, type NotificationMarker } from './marker';

interface Unread {
  count: number;
  marker: NotificationMarker;
  markSeen: (newestId: string) => void;
}

const UnreadContext = createContext<Unread | null>(null);

export function UnreadProvider({ accountId, intervalMs = 15_000, children }: { accountId: string; intervalMs?: number; children: ReactNode }) {
  const marker = useMemo(() => localMarker(accountId), [accountId]);
  const [count, setCount] = useState(0);

  const check = useCallback(async () => {
    try {
      const page = await listNotifications({ sinceId: marker.lastSeen() });
      setCount(page.items.length);
    } catch {
      // The badge is a hint: a failed check keeps the last count and the next one retries.
    }
  }, [marker]);

  useEffect(() => {
    void check();
    const timer = window.setInterval(() => void check(), intervalMs);
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [check, intervalMs]);

  const markSeen = useCallback(
    (newestId: string) => {
      marker.markSeen(newestId);
      setCount(0);
    },
    [marker],
  );

  const value = useMemo(() => ({ count, marker, markSeen }), [count, marker, markSeen]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

export const useUnread = () => useContext(UnreadContext);
