/**
 * Who is signed in: the access token (kept in localStorage, as Mastodon web clients do),
 * the account it belongs to, signing in with a token and signing out, which revokes it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { verifyCredentials } from '../api/accounts';
import { ApiError, configureClient } from '../api/client';
import { revokeToken } from '../api/oauth';
import type { CredentialAccount } from '../api/types';
import { storedApp } from './app';

const TOKEN_KEY = 'murmur.token';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'error'; error: unknown }
  | { status: 'signed-in'; token: string; me: CredentialAccount };

export interface Session {
  state: SessionState;
  signIn: (token: string) => Promise<void>;
  signOut: () => Promise<void>;
  updateMe: (me: CredentialAccount) => void;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() =>
    localStorage.getItem(TOKEN_KEY) ? { status: 'loading' } : { status: 'signed-out' },
  );
  const [attempt, setAttempt] = useState(0);

  const dropToken = useCallback(() => {
    localStorage.removeItem(TOKEN_KEY);
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    configureClient({ token: () => localStorage.getItem(TOKEN_KEY), unauthorized: dropToken });
  }, [dropToken]);

  useEffect(() => {
    const token = localStorage.getItem(TOKEN_KEY);
    if (!token) return;
    let live = true;
    verifyCredentials(token)
      .then((me) => live && setState({ status: 'signed-in', token, me }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) dropToken();
        else setState({ status: 'error', error });
      });
    return () => {
      live = false;
    };
  }, [attempt, dropToken]);

  const signIn = useCallback(async (token: string) => {
    const me = await verifyCredentials(token);
    localStorage.setItem(TOKEN_KEY, token);
    setState({ status: 'signed-in', token, me });
  }, []);

  const signOut = useCallback(async () => {
    const token = localStorage.getItem(TOKEN_KEY);
    const app = storedApp();
    if (token && app) {
      // Revocation is best effort: the token leaves this browser whatever the answer.
      await revokeToken(app, token).catch(() => undefined);
    }
    dropToken();
  }, [dropToken]);

  const updateMe = useCallback((me: CredentialAccount) => {
    setState((current) => (current.status === 'signed-in' ? { ...current, me } : current));
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, signIn, signOut, updateMe, retry }),
    [state, signIn, signOut, updateMe, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in account, or null for a visitor (and outside a session, as in tests). */
export function useMe(): CredentialAccount | null {
  const session = useContext(SessionContext);
  return session?.state.status === 'signed-in' ? session.state.me : null;
}
