import { request, requestPage } from './client';
import type { Marker, Notification } from './types';

export const listNotifications = (cursor: { maxId?: string | null; sinceId?: string | null }, signal?: AbortSignal) =>
  requestPage<Notification>('/api/v1/notifications', {
    query: { max_id: cursor.maxId, since_id: cursor.sinceId, limit: 30 },
    signal,
  });

/** How many notifications are newer than the notifications marker. */
export const unreadCount = () => request<{ count: number }>('/api/v1/notifications/unread_count');

export const getNotificationsMarker = async (): Promise<Marker | null> => {
  const markers = await request<{ notifications?: Marker }>('/api/v1/markers', { query: { 'timeline[]': 'notifications' } });
  return markers.notifications ?? null;
};

export const saveNotificationsMarker = (lastReadId: string) =>
  request<{ notifications?: Marker }>('/api/v1/markers', { method: 'POST', body: { notifications: { last_read_id: lastReadId } } });
