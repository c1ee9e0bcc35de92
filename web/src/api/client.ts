/**
 * The one place that speaks HTTP: same-origin calls to the Mastodon API with the signed-in
 * person's bearer token, JSON in and out, and every failure turned into an ApiError that
 * the interface can explain.
 */

export type ApiErrorKind = 'network' | 'unauthorized' | 'forbidden' | 'not-found' | 'validation' | 'rate-limited' | 'server';

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.kind = kindOf(status);
  }
}

function kindOf(status: number): ApiErrorKind {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 422 || status === 400) return 'validation';
  if (status === 429) return 'rate-limited';
  return 'server';
}

export interface Page<T> {
  items: T[];
  /** max_id of the next (older) page, from the Link header's rel="next". */
  next: string | null;
  /** min_id of the previous (newer) page, from the Link header's rel="prev". */
  prev: string | null;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  form?: Record<string, string>;
  /** A multipart body (files); the browser sets its Content-Type with the boundary. */
  formData?: FormData;
  token?: string | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

let tokenSupplier: () => string | null = () => null;
let onUnauthorized: () => void = () => {};

/** The session module tells the client where the token is and what to do when it dies. */
export function configureClient(options: { token: () => string | null; unauthorized: () => void }): void {
  tokenSupplier = options.token;
  onUnauthorized = options.unauthorized;
}

/** The signed-in person's token, for the calls that cannot go through `request` (uploads, streaming). */
export const currentToken = (): string | null => tokenSupplier();

/** Reports a 401 on the person's own token, as `request` does, for calls made elsewhere. */
export function reportUnauthorized(): void {
  onUnauthorized();
}

/** The reason a failed answer gives, from Mastodon's `{error, error_description}` body. */
export function errorText(body: string, fallback: string): string {
  try {
    const json = JSON.parse(body) as { error?: string; error_description?: string };
    return json.error_description ?? json.error ?? fallback;
  } catch {
    return fallback;
  }
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = options.token === undefined ? tokenSupplier() : options.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.formData) {
    body = options.formData;
  } else if (options.form) {
    body = new URLSearchParams(options.form);
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }
  if (!response.ok) {
    const message = await errorMessage(response);
    if (response.status === 401 && token && options.token === undefined) onUnauthorized();
    throw new ApiError(response.status, message);
  }
  return response;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const json = (await response.json()) as { error?: string; error_description?: string };
    return json.error_description ?? json.error ?? response.statusText;
  } catch {
    return response.statusText;
  }
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as T;
}

/** Like `request`, and also answers the status code, for APIs where 200 and 206 differ. */
export async function requestWithStatus<T>(path: string, options: RequestOptions = {}): Promise<{ status: number; body: T }> {
  const response = await send(path, options);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
}

export async function requestPage<T>(path: string, options: RequestOptions = {}): Promise<Page<T>> {
  const response = await send(path, options);
  const items = (await response.json()) as T[];
  const links = parseLinkHeader(response.headers.get('Link'));
  return {
    items,
    next: links.next ? new URL(links.next, 'http://murmur.invalid').searchParams.get('max_id') : null,
    prev: links.prev ? new URL(links.prev, 'http://murmur.invalid').searchParams.get('min_id') : null,
  };
}

/** `<url>; rel="next", <url>; rel="prev"` as a map from rel to URL. */
export function parseLinkHeader(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  for (const part of header.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match) links[match[2]] = match[1];
  }
  return links;
}
