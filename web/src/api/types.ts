/** Mastodon API entities, as much of them as the web client reads. */

export interface Account {
  id: string;
  username: string;
  acct: string;
  display_name: string;
  note: string;
  url: string;
  avatar: string;
  avatar_static: string;
  header: string;
  header_static: string;
  followers_count: number;
  following_count: number;
  statuses_count: number;
  created_at: string;
  last_status_at: string | null;
}

export interface CredentialAccount extends Account {
  source?: { note: string; language?: string | null };
}

export interface Mention {
  id: string;
  username: string;
  acct: string;
  url: string;
}

export interface Tag {
  name: string;
  url: string;
}

/**
 * Media attachments arrive with the media service; the type is here so that a later
 * gallery component has a place to start from.
 */
export interface MediaAttachment {
  id: string;
  type: string;
  url: string;
  preview_url: string | null;
  description: string | null;
}

export interface Status {
  id: string;
  created_at: string;
  url: string | null;
  account: Account;
  content: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  spoiler_text: string;
  media_attachments: MediaAttachment[];
  mentions: Mention[];
  tags: Tag[];
  replies_count: number;
  favourites_count: number;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
}

export interface Context {
  ancestors: Status[];
  descendants: Status[];
}

export interface Relationship {
  id: string;
  following: boolean;
  notifying: boolean;
  followed_by: boolean;
}

export interface Notification {
  id: string;
  type: 'follow' | 'mention' | 'status' | string;
  created_at: string;
  account: Account;
  status?: Status;
}

export interface Token {
  access_token: string;
  token_type: string;
  scope: string;
  created_at: number;
}

export interface RegisteredApp {
  client_id: string;
  client_secret: string;
  redirect_uri: string;
}
