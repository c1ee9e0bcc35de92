/**
 * A timeline read page by page: the first page, then older pages through the max_id of
 * the Link header's rel="next", until a page comes back empty.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineSource } from '../../api/timelines';
import type { Status } from '../../api/types';

export interface PagedTimeline {
  items: Status[];
  status: 'loading' | 'error' | 'ready';
  error: unknown;
  loadingMore: boolean;
  moreError: unknown;
  hasMore: boolean;
  loadMore: () => void;
  refresh: () => Promise<void>;
  prepend: (statuses: Status[]) => void;
  remove: (id: string) => void;
}

export function mergeNewest(current: Status[], incoming: Status[]): Status[] {
  const known = new Set(current.map((status) => status.id));
  const fresh = incoming.filter((status) => !known.has(status.id));
  return [...fresh, ...current].sort(byIdDescending);
}

export function byIdDescending(a: { id: string }, b: { id: string }): number {
  if (a.id.length !== b.id.length) return b.id.length - a.id.length;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function usePagedTimeline(source: TimelineSource): PagedTimeline {
  const [items, setItems] = useState<Status[]>([]);
  const [status, setStatus] = useState<PagedTimeline['status']>('loading');
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [next, setNext] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(true);
  const generation = useRef(0);
  const busy = useRef(false);

  const loadFirst = useCallback(
    async (showSkeleton: boolean) => {
      const mine = ++generation.current;
      if (showSkeleton) setStatus('loading');
      try {
        const page = await source({});
        if (mine !== generation.current) return;
        setItems(page.items);
        setNext(page.next);
        setHasMore(page.items.length > 0 && page.next !== null);
        setError(null);
        setMoreError(null);
        setStatus('ready');
      } catch (failure) {
        if (mine !== generation.current) return;
        setError(failure);
        if (showSkeleton) setStatus('error');
        else throw failure;
      }
    },
    [source],
  );

  useEffect(() => {
    setItems([]);
    loadFirst(true).catch(() => undefined);
    return () => {
      generation.current++;
    };
  }, [loadFirst]);

  const loadMore = useCallback(() => {
    if (busy.current || !hasMore || next === null || status !== 'ready') return;
    busy.current = true;
    const mine = generation.current;
    setLoadingMore(true);
    setMoreError(null);
    source({ maxId: next })
      .then((page) => {
        if (mine !== generation.current) return;
        setItems((current) => [...current, ...page.items.filter((s) => !current.some((c) => c.id === s.id))]);
        setNext(page.next);
        setHasMore(page.items.length > 0 && page.next !== null);
      })
      .catch((failure: unknown) => mine === generation.current && setMoreError(failure))
      .finally(() => {
        busy.current = false;
        setLoadingMore(false);
      });
  }, [hasMore, next, source, status]);

  const refresh = useCallback(() => loadFirst(status !== 'ready'), [loadFirst, status]);
  const prepend = useCallback((statuses: Status[]) => setItems((current) => mergeNewest(current, statuses)), []);
  const remove = useCallback((id: string) => setItems((current) => current.filter((s) => s.id !== id)), []);

  return { items, status, error, loadingMore, moreError, hasMore, loadMore, refresh, prepend, remove };
}
