/**
 * One streaming connection per signed-in session, shared by everything that wants live
 * news (the home feed's banner, the unread badge, deletions). Outside a session, or before
 * the connection is made, there is no client and everyone polls as before.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { getInstance } from '../../api/instance';
import { StreamingClient, streamingBase, type ConnectionState, type StreamEvent } from './streaming';

const LiveContext = createContext<StreamingClient | null>(null);

export function LiveProvider({ token, children }: { token: string; children: ReactNode }) {
  const [client, setClient] = useState<StreamingClient | null>(null);
  useEffect(() => {
    let live = true;
    let created: StreamingClient | null = null;
    void getInstance()
      .catch(() => null)
      .then((instance) => {
        if (!live) return;
        created = new StreamingClient({ baseUrl: streamingBase(instance?.configuration?.urls?.streaming), token });
        created.start();
        setClient(created);
      });
    return () => {
      live = false;
      created?.close();
      setClient(null);
    };
  }, [token]);
  return <LiveClientProvider client={client}>{children}</LiveClientProvider>;
}

export function LiveClientProvider({ client, children }: { client: StreamingClient | null; children: ReactNode }) {
  return <LiveContext.Provider value={client}>{children}</LiveContext.Provider>;
}

export const useLiveClient = () => useContext(LiveContext);

const noSubscription = () => () => {};

/** The connection's state; 'closed' when there is no connection at all. */
export function useConnectionState(): ConnectionState {
  const client = useLiveClient();
  const subscribe = useCallback((listener: () => void) => (client ? client.onState(listener) : noSubscription()), [client]);
  return useSyncExternalStore(subscribe, () => client?.state ?? 'closed');
}

/** Calls `handler` with every streaming event, for as long as the component is shown. */
export function useStreamEvent(handler: (event: StreamEvent) => void): void {
  const client = useLiveClient();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => client?.subscribe((event) => latest.current(event)), [client]);
}
