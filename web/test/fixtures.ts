/** Object mothers for API entities and fake HTTP answers used by the component tests. */
import type { Account, Status } from '../src/api/types';

export function anAccount(overrides: Partial<Account> = {}): Account {
  const username = overrides.username ?? 'alice';
  return {
    id: '1',
    username,
    acct: username,
    display_name: 'Alice',
    note: '<p>Hello</p>',
    url: `http://localhost/@${username}`,
    avatar: '/avatars/original/missing.png',
    avatar_static: '/avatars/original/missing.png',
    header: '/headers/original/missing.png',
    header_static: '/headers/original/missing.png',
    followers_count: 10,
    following_count: 3,
    statuses_count: 7,
    created_at: '2026-01-01T00:00:00.000Z',
    last_status_at: null,
    ...overrides,
  };
}

export function aStatus(id: string, overrides: Partial<Status> = {}): Status {
  return {
    id,
    created_at: new Date().toISOString(),
    url: null,
    account: anAccount(),
    content: `<p>Post ${id}</p>`,
    visibility: 'public',
    spoiler_text: '',
    sensitive: false,
    media_attachments: [],
    mentions: [],
    tags: [],
    replies_count: 0,
    favourites_count: 0,
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    ...overrides,
  };
}

export function json(body: unknown, init: { status?: number; link?: string } = {}): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.link) headers.Link = init.link;
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}
