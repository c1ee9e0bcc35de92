/**
 * PKCE (RFC 7636) for the authorization-code flow: a random verifier, its S256 challenge,
 * and a random state, kept in sessionStorage until the authorization page sends us back.
 */
const PENDING_KEY = 'murmur.oauth.pending';

function base64Url(bytes: Uint8Array): string {
  let text = '';
  bytes.forEach((byte) => (text += String.fromCharCode(byte)));
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomString(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export async function challengeOf(verifier: string): Promise<{ challenge: string; method: 'S256' | 'plain' }> {
  // crypto.subtle only exists in secure contexts (https, localhost); elsewhere fall back
  // to the plain method, which the server also accepts.
  if (!globalThis.crypto?.subtle) return { challenge: verifier, method: 'plain' };
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { challenge: base64Url(new Uint8Array(digest)), method: 'S256' };
}

export interface PendingAuthorization {
  state: string;
  verifier: string;
}

export function rememberPending(pending: PendingAuthorization): void {
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
}

export function takePending(): PendingAuthorization | null {
  const text = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  return text ? (JSON.parse(text) as PendingAuthorization) : null;
}
