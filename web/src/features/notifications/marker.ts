/**
 * Which notification was seen last. Kept in this browser for now; the markers API
 * (GET/POST /api/v1/markers) will implement the same interface later and make it follow
 * the person across devices.
 */
import { byIdDescending } from '../feed/usePagedTimeline';

export interface NotificationMarker {
  lastSeen(): string | null;
  markSeen(id: string): void;
}

export function localMarker(accountId: string): NotificationMarker {
  const key = `murmur.notifications.lastSeen.${accountId}`;
  return {
    lastSeen: () => localStorage.getItem(key),
    markSeen: (id) => {
      const current = localStorage.getItem(key);
      if (!current || byIdDescending({ id }, { id: current }) < 0) localStorage.setItem(key, id);
    },
  };
}
