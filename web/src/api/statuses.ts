import { request } from './client';
import type { Account, Context, Status } from './types';

export interface NewStatus {
  status: string;
  in_reply_to_id?: string;
  media_ids?: string[];
  /** A content warning shown in place of the text until the reader unfolds it. */
  spoiler_text?: string;
  /** Hides the images behind a warning. */
  sensitive?: boolean;
}

/** The same key on a retry answers the status already posted instead of posting twice. */
export const postStatus = (status: NewStatus, idempotencyKey: string) =>
  request<Status>('/api/v1/statuses', { method: 'POST', body: status, headers: { 'Idempotency-Key': idempotencyKey } });

export const getStatus = (id: string) => request<Status>(`/api/v1/statuses/${encodeURIComponent(id)}`);

export const getContext = (id: string) => request<Context>(`/api/v1/statuses/${encodeURIComponent(id)}/context`);

export const deleteStatus = (id: string) =>
  request<Status>(`/api/v1/statuses/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const favourite = (id: string) =>
  request<Status>(`/api/v1/statuses/${encodeURIComponent(id)}/favourite`, { method: 'POST' });

export const unfavourite = (id: string) =>
  request<Status>(`/api/v1/statuses/${encodeURIComponent(id)}/unfavourite`, { method: 'POST' });

export const favouritedBy = (id: string, signal?: AbortSignal) =>
  request<Account[]>(`/api/v1/statuses/${encodeURIComponent(id)}/favourited_by`, { query: { limit: 40 }, signal });
