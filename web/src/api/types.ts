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

export interface MediaSize {
  width: number;
  height: number;
  size?: string;
  aspect: number;
}

/** An uploaded image: `url` is null while the server is still processing it. */
export interface MediaAttachment {
  id: string;
  type: 'image' | 'gifv' | 'video' | 'audio' | 'unknown' | string;
  url: string | null;
  preview_url: string | null;
  description: string | null;
  blurhash: string | null;
  meta?: {
    original?: MediaSize | null;
    small?: MediaSize | null;
    /** The focal point, each coordinate in [-1, 1] (x to the right, y upwards). */
    focus?: { x: number; y: number } | null;
  } | null;
}

export interface Status {
  id: string;
  created_at: string;
  url: string | null;
  account: Account;
  content: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  /** The content warning; the content and images are folded behind it when it is not empty. */
  spoiler_text: string;
  /** Whether the images are hidden until the reader asks to see them. */
  sensitive: boolean;
  media_attachments: MediaAttachment[];
  mentions: Mention[];
  tags: Tag[];
  replies_count: number;
  favourites_count: number;
  /** Whether the viewer liked it; absent when nobody is signed in. */
  favourited?: boolean;
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
  type: 'follow' | 'mention' | 'status' | 'favourite' | string;
  created_at: string;
  account: Account;
  status?: Status;
}

export interface Marker {
  last_read_id: string;
  version?: number;
  updated_at?: string;
}

export interface Instance {
  domain?: string;
  configuration?: { urls?: { streaming?: string | null } };
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
