/**
 * A client of Mastodon's streaming API: one WebSocket to `/api/v1/streaming?stream=user`,
 * the token as the subprotocol, events parsed and handed to subscribers, and when the
 * connection drops, another attempt after a growing, jittered delay (1 s, 2 s, 4 s … 30 s).
 * Subscribers learn the connection state, so that they can poll while it is down.
 *
 * More streams (the public timeline, a hashtag) ride on the same connection, as Mastodon's
 * multiplexing allows: `{"type":"subscribe","stream":"public"}` while a page wants them,
 * sent again after every reconnection, and `unsubscribe` when the last page lets go. Each
 * event carries the stream it came on, so that a page takes only its own.
 */
import type { Notification, Status } from '../../api/types';

/** The stream an event came on, as Mastodon names it: `['user']`, `['public']`, `['hashtag', 'cats']`. */
export type StreamName = string[];

export type StreamEvent =
  | { event: 'update'; status: Status; stream: StreamName }
  | { event: 'notification'; notification: Notification; stream: StreamName }
  | { event: 'delete'; id: string; stream: StreamName };

/** A stream a page can subscribe to; `tag` only for the hashtag streams. */
export interface StreamRequest {
  stream: string;
  tag?: string;
}

/** Whether an event came on the stream asked for (tags compare without case, as hashtags do). */
export function isFrom(event: StreamEvent, request: StreamRequest): boolean {
  const [stream, tag] = event.stream;
  if (stream !== request.stream) return false;
  return request.tag === undefined || (tag ?? '').toLowerCase() === request.tag.toLowerCase();
}

const requestKey = (request: StreamRequest) => (request.tag === undefined ? request.stream : `${request.stream}#${request.tag.toLowerCase()}`);

export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface StreamingOptions {
  /** The streaming base URL, `ws://host` or `wss://host`, from the instance's configuration. */
  baseUrl: string;
  token: string;
  stream?: string;
  /** The WebSocket constructor; tests pass a fake one. */
  WebSocket?: typeof WebSocket;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Jitter source in [0, 1): the delay is spread between 50 % and 100 % of its step. */
  random?: () => number;
}

type Listener = (event: StreamEvent) => void;

/** WebSocket.OPEN, which test doubles of the constructor may not carry. */
const OPEN = 1;
type StateListener = (state: ConnectionState) => void;

export class StreamingClient {
  private socket: WebSocket | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private stopped = true;
  private current: ConnectionState = 'closed';
  private readonly listeners = new Set<Listener>();
  /** The extra streams wanted, with how many pages want each. */
  private readonly streams = new Map<string, { request: StreamRequest; users: number }>();
  private readonly stateListeners = new Set<StateListener>();
  private readonly options: Required<Omit<StreamingOptions, 'WebSocket'>> & { WebSocket?: typeof WebSocket };

  constructor(options: StreamingOptions) {
    this.options = {
      stream: 'user',
      initialDelayMs: 1000,
      maxDelayMs: 30_000,
      random: Math.random,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
  }

  get state(): ConnectionState {
    return this.current;
  }

  /** The delay before reconnection attempt number `attempt` (0-based). */
  delay(attempt: number): number {
    const step = Math.min(this.options.maxDelayMs, this.options.initialDelayMs * 2 ** attempt);
    return Math.round(step * (0.5 + this.options.random() / 2));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Subscribes the connection to another stream for as long as the answered function is
   * not called; several callers of one stream share the subscription.
   */
  subscribeStream(request: StreamRequest): () => void {
    const key = requestKey(request);
    const known = this.streams.get(key);
    if (known) known.users++;
    else {
      this.streams.set(key, { request, users: 1 });
      this.send('subscribe', request);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const entry = this.streams.get(key);
      if (!entry || --entry.users > 0) return;
      this.streams.delete(key);
      this.send('unsubscribe', entry.request);
    };
  }

  onState(listener: StateListener): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
    this.connect();
  }

  close(): void {
    this.stopped = true;
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onopen = socket.onclose = socket.onerror = socket.onmessage = null;
      socket.close(1000);
    }
    this.setState('closed');
  }

  /** Back online: no need to wait for the rest of the backoff. */
  private readonly onOnline = () => {
    if (this.stopped || this.socket) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.connect();
  };

  private connect(): void {
    const Socket = this.options.WebSocket ?? globalThis.WebSocket;
    if (!Socket) {
      this.setState('closed');
      return;
    }
    const url = `${this.options.baseUrl}/api/v1/streaming?stream=${encodeURIComponent(this.options.stream)}`;
    let socket: WebSocket;
    try {
      socket = new Socket(url, this.options.token);
    } catch {
      // A token with characters a subprotocol cannot carry: the query parameter works too.
      try {
        socket = new Socket(`${url}&access_token=${encodeURIComponent(this.options.token)}`);
      } catch {
        this.scheduleReconnect();
        return;
      }
    }
    this.socket = socket;
    this.setState('connecting');
    socket.onopen = () => {
      this.attempts = 0;
      // A new connection knows only the stream in its URL.
      this.streams.forEach(({ request }) => this.send('subscribe', request));
      this.setState('open');
    };
    socket.onmessage = (message: MessageEvent) => this.dispatch(message.data);
    socket.onerror = () => {
      // A close follows every error; reconnection is handled there.
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.scheduleReconnect();
    };
  }

  private send(type: 'subscribe' | 'unsubscribe', request: StreamRequest): void {
    const socket = this.socket;
    // Before it opens, the connection subscribes to everything as it opens.
    if (!socket || socket.readyState !== OPEN) return;
    try {
      socket.send(JSON.stringify({ type, stream: request.stream, ...(request.tag === undefined ? {} : { tag: request.tag }) }));
    } catch {
      // The connection is going; the next one subscribes again.
    }
  }

  private scheduleReconnect(): void {
    this.setState('closed');
    if (this.stopped) return;
    const wait = this.delay(this.attempts++);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.connect();
    }, wait);
  }

  private dispatch(data: unknown): void {
    const parsed = parseMessage(data);
    if (parsed) this.listeners.forEach((listener) => listener(parsed));
  }

  private setState(state: ConnectionState): void {
    if (this.current === state) return;
    this.current = state;
    this.stateListeners.forEach((listener) => listener(state));
  }
}

/** A streaming message as an event, or null for what the client does not use (or cannot read). */
export function parseMessage(data: unknown): StreamEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const message = JSON.parse(data) as { event?: string; payload?: unknown; stream?: unknown };
    const payload = typeof message.payload === 'string' && message.event !== 'delete' ? JSON.parse(message.payload) : message.payload;
    // A connection's own stream (user) may come unnamed.
    const stream = Array.isArray(message.stream) && message.stream.length > 0 ? message.stream.map(String) : ['user'];
    if (message.event === 'update' && payload && typeof payload === 'object') return { event: 'update', status: payload as Status, stream };
    if (message.event === 'notification' && payload && typeof payload === 'object')
      return { event: 'notification', notification: payload as Notification, stream };
    if (message.event === 'delete' && (typeof payload === 'string' || typeof payload === 'number'))
      return { event: 'delete', id: String(payload), stream };
    return null;
  } catch {
    return null;
  }
}

/** The streaming base URL the instance names, or this page's own host. */
export function streamingBase(configured: string | null | undefined, location: Location = window.location): string {
  if (configured) return configured;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
}
