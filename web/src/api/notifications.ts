import { requestPage } from './client';
import type { Notification } from './types';

export const listNotifications = (cursor: { maxId?: string | null; sinceId?: string | null }, signal?: AbortSignal) =>
  requestPage<Notification>('/api/v1/notifications', {
    query: { max_id: cursor.maxId, since_id: cursor.sinceId, limit: 30 },
    signal,
  });
