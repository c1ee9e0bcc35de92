/**
 * The OAuth application this browser signs in through: registered once per origin with
 * POST /api/v1/apps and remembered in localStorage, like any Mastodon client.
 */
import { registerApp } from '../api/oauth';
import type { RegisteredApp } from '../api/types';

const STORAGE_KEY = 'murmur.app';

export const redirectUri = () => `${window.location.origin}/auth/callback`;

export function storedApp(): RegisteredApp | null {
  try {
    const app = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as RegisteredApp | null;
    return app && app.redirect_uri === redirectUri() ? app : null;
  } catch {
    return null;
  }
}

export async function ensureApp(): Promise<RegisteredApp> {
  const existing = storedApp();
  if (existing) return existing;
  const registered = await registerApp(redirectUri());
  const app: RegisteredApp = {
    client_id: registered.client_id,
    client_secret: registered.client_secret,
    redirect_uri: redirectUri(),
  };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(app));
  return app;
}

export function forgetApp(): void {
  localStorage.removeItem(STORAGE_KEY);
}
