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

export const updateCredentials = (profile: { display_name: string; note: string }) =>
  request<CredentialAccount>('/api/v1/accounts/update_credentials', { method: 'PATCH', body: profile });
