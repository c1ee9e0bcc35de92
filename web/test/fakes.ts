/** Hand-driven stand-ins for the browser's XMLHttpRequest and WebSocket, and a routing fetch. */
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { MediaAttachment } from '../src/api/types';

export class FakeXhr {
  static instances: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  aborted = false;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  static install(): typeof FakeXhr {
    FakeXhr.instances = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    return FakeXhr;
  }

  static last(): FakeXhr {
    return FakeXhr.instances[FakeXhr.instances.length - 1];
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: FormData) {
    this.body = body;
    FakeXhr.instances.push(this);
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }

  async respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    await act(async () => this.onload?.());
  }

  async fail() {
    await act(async () => this.onerror?.());
  }
}

export class FakeWebSocket {
  static instances: FakeWebSocket[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  readyState = 0;
  closedByClient = false;
  /** What the client sent, parsed. */
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocols?: string | string[],
  ) {
    FakeWebSocket.instances.push(this);
  }

  static reset() {
    FakeWebSocket.instances = [];
  }

  static last(): FakeWebSocket {
    return FakeWebSocket.instances[FakeWebSocket.instances.length - 1];
  }

  send(data: string) {
    if (this.readyState !== 1) throw new Error('send before open');
    this.sent.push(JSON.parse(data));
  }

  close() {
    this.closedByClient = true;
    this.readyState = 3;
  }

  open() {
    act(() => {
      this.readyState = 1;
      this.onopen?.();
    });
  }

  /** The server's side of a message: the payload of update and notification is itself JSON text. */
  emit(event: 'update' | 'notification' | 'delete', payload: unknown, stream: string[] = ['user']) {
    const data = JSON.stringify({ stream, event, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });
    act(() => this.onmessage?.({ data }));
  }

  drop() {
    act(() => {
      this.readyState = 3;
      this.onerror?.();
      this.onclose?.({ code: 1006 });
    });
  }
}

type Handler = (init: RequestInit & { url: string }) => Response | Promise<Response>;

/**
 * A fetch answering by "METHOD /path" (query left out); a handler list answers in turn and
 * repeats its last answer.
 */
export function routedFetch(routes: Record<string, Handler | Handler[]>) {
  const calls: { key: string; url: string; init: RequestInit }[] = [];
  const counts = new Map<string, number>();
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${url.split('?')[0]}`;
    calls.push({ key, url, init });
    const route = routes[key];
    if (!route) return new Response(JSON.stringify({ error: `no route for ${key}` }), { status: 404 });
    const handlers = Array.isArray(route) ? route : [route];
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    return handlers[Math.min(n, handlers.length - 1)]({ ...init, url });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, calls, callsTo: (key: string) => calls.filter((call) => call.key === key) };
}

export function anAttachment(id: string, overrides: Partial<MediaAttachment> = {}): MediaAttachment {
  return {
    id,
    type: 'image',
    url: `/system/media_attachments/${id}/original.jpg`,
    preview_url: `/system/media_attachments/${id}/small.jpg`,
    description: null,
    blurhash: 'LEHV6nWB2yk8pyo0adR*.7kCMdnj',
    meta: { original: { width: 1200, height: 800, aspect: 1.5 }, small: { width: 600, height: 400, aspect: 1.5 }, focus: { x: 0, y: 0 } },
    ...overrides,
  };
}

export const aFile = (name = 'photo.jpg', type = 'image/jpeg', size?: number) => {
  const file = new File(['fake image bytes'], name, { type });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
};
