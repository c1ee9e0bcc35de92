/**
 * Which notification was read last: the markers API (GET/POST /api/v1/markers) makes it
 * follow the person across devices; a copy in this browser answers at once and stands in
 * when the server cannot be asked.
 */
import { getNotificationsMarker, saveNotificationsMarker } from '../../api/notifications';
import { byIdDescending } from '../feed/usePagedTimeline';

export interface NotificationMarker {
  /** The last read id known in this browser, at once. */
  cached(): string | null;
  /** The last read id as the server has it (the cached one if it cannot be asked). */
  load(): Promise<string | null>;
  save(id: string): Promise<void>;
}

/** True when `id` is newer than `than` (ids are numeric strings; longer is newer). */
export const isNewer = (id: string, than: string | null) => than === null || byIdDescending({ id }, { id: than }) < 0;

export function localMarker(accountId: string): NotificationMarker {
  const key = `murmur.notifications.lastSeen.${accountId}`;
  return {
    cached: () => localStorage.getItem(key),
    load: async () => localStorage.getItem(key),
    save: async (id) => {
      if (isNewer(id, localStorage.getItem(key))) localStorage.setItem(key, id);
    },
  };
}

export function markersApiMarker(accountId: string): NotificationMarker {
  const local = localMarker(accountId);
  const key = `murmur.notifications.lastSeen.${accountId}`;
  return {
    cached: local.cached,
    load: async () => {
      try {
        const marker = await getNotificationsMarker();
        if (marker?.last_read_id) {
          localStorage.setItem(key, marker.last_read_id);
          return marker.last_read_id;
        }
        return local.cached();
      } catch {
        return local.cached();
      }
    },
    save: async (id) => {
      await local.save(id);
      await saveNotificationsMarker(id);
    },
  };
}
