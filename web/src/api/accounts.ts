import { request, requestPage } from './client';
import type { Account, CredentialAccount, Relationship, Status } from './types';

export const verifyCredentials = (token?: string) =>
  request<CredentialAccount>('/api/v1/accounts/verify_credentials', token ? { token } : {});

export const lookupAccount = (acct: string) => request<Account>('/api/v1/accounts/lookup', { query: { acct } });

export const getAccount = (id: string) => request<Account>(`/api/v1/accounts/${encodeURIComponent(id)}`);

export const accountStatuses = (id: string, maxId?: string | null, signal?: AbortSignal) =>
  requestPage<Status>(`/api/v1/accounts/${encodeURIComponent(id)}/statuses`, {
    query: { max_id: maxId, limit: 20 },
    signal,
  });

export const relationships = (id: string) =>
  request<Relationship[]>('/api/v1/accounts/relationships', { query: { 'id[]': id } });

export const follow = (id: string, notify: boolean) =>
  request<Relationship>(`/api/v1/accounts/${encodeURIComponent(id)}/follow`, { method: 'POST', body: { notify } });

export const unfollow = (id: string) =>
  request<Relationship>(`/api/v1/accounts/${encodeURIComponent(id)}/unfollow`, { method: 'POST' });

export interface ProfileChanges {
  display_name: string;
  note: string;
  /** A new avatar image; the server crops it to a square. */
  avatar?: File | null;
  /** A new header image; the server crops it to 3:1. */
  header?: File | null;
}

/** JSON when only text changes, multipart when an image goes with it (Mastodon accepts both). */
export function updateCredentials({ avatar, header, ...text }: ProfileChanges): Promise<CredentialAccount> {
  if (!avatar && !header) return request<CredentialAccount>('/api/v1/accounts/update_credentials', { method: 'PATCH', body: text });
  const form = new FormData();
  form.append('display_name', text.display_name);
  form.append('note', text.note);
  if (avatar) form.append('avatar', avatar, avatar.name);
  if (header) form.append('header', header, header.name);
  return request<CredentialAccount>('/api/v1/accounts/update_credentials', { method: 'PATCH', formData: form });
}

/** Puts the default image back in place of one's avatar or header. */
export const removeProfileImage = (image: 'avatar' | 'header') =>
  request<CredentialAccount>(`/api/v1/profile/${image}`, { method: 'DELETE' });

/** The formats and size the server takes for avatars and headers. */
export const PROFILE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const MAX_PROFILE_IMAGE_BYTES = 8 * 1024 * 1024;

/** Whether an avatar or header URL is the server's default picture rather than one's own. */
export const isDefaultImage = (url: string) => /\/missing\.png(\?|$)/.test(url);
