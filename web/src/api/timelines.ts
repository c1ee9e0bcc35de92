import { requestPage, type Page } from './client';
import type { Status } from './types';

/** A timeline reads pages older than max_id, or the page just newer than min_id. */
export type TimelineSource = (cursor: { maxId?: string | null; minId?: string | null }, signal?: AbortSignal) => Promise<Page<Status>>;

const timeline =
  (path: string, extra: Record<string, string> = {}): TimelineSource =>
  ({ maxId, minId }, signal) =>
    requestPage<Status>(path, { query: { ...extra, max_id: maxId, min_id: minId, limit: 20 }, signal });

export const homeTimeline = timeline('/api/v1/timelines/home');
export const publicTimeline = timeline('/api/v1/timelines/public');
export const tagTimeline = (tag: string) => timeline(`/api/v1/timelines/tag/${encodeURIComponent(tag)}`);
