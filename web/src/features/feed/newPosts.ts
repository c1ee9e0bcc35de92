/**
 * Where news of posts newer than the newest one shown comes from: a poller that asks the
 * timeline for the page just newer than min_id, and the streaming API's `update` events,
 * which fall back to the poller whenever the connection is down.
 */
import type { TimelineSource } from '../../api/timelines';
import type { Status } from '../../api/types';
import { isFrom, type StreamingClient, type StreamRequest } from '../live/streaming';
import { byIdDescending } from './usePagedTimeline';

export interface NewPostsSource {
  /**
   * Starts watching for posts newer than `newestId`. `onNew` receives every batch of new
   * posts, newest first; `onError` a failed check (the source keeps trying). Answers a
   * function that stops watching.
   */
  watch(newestId: string | null, onNew: (statuses: Status[]) => void, onError?: (error: unknown) => void): () => void;
}

export function pollingNewPosts(source: TimelineSource, intervalMs = 10_000): NewPostsSource {
  return {
    watch(newestId, onNew, onError) {
      let newest = newestId;
      let timer: number | undefined;
      let stopped = false;
      let running = false;

      const check = async () => {
        if (stopped || running) return;
        running = true;
        try {
          const page = await source({ minId: newest });
          if (!stopped && page.items.length > 0) {
            newest = page.items[0].id;
            onNew(page.items);
          }
        } catch (error) {
          if (!stopped) onError?.(error);
        } finally {
          running = false;
        }
      };
      const schedule = () => {
        timer = window.setInterval(check, intervalMs);
      };
      const onVisible = () => {
        if (document.visibilityState === 'visible') void check();
      };
      schedule();
      document.addEventListener('visibilitychange', onVisible);
      window.addEventListener('focus', onVisible);
      return () => {
        stopped = true;
        window.clearInterval(timer);
        document.removeEventListener('visibilitychange', onVisible);
        window.removeEventListener('focus', onVisible);
      };
    },
  };
}

/**
 * News from the streaming connection's `update` events on one stream (the connection's own
 * `user` stream unless told otherwise, which it then subscribes to while watching); while
 * the connection is down the fallback (polling) runs, and when it opens again one request
 * by min_id fills the gap.
 */
export function streamingNewPosts(
  client: StreamingClient,
  source: TimelineSource,
  stream: StreamRequest = { stream: 'user' },
  fallback: NewPostsSource = pollingNewPosts(source),
): NewPostsSource {
  return {
    watch(newestId, onNew, onError) {
      let newest = newestId;
      let stopped = false;
      let stopPolling: (() => void) | null = null;
      let missed = false;

      const deliver = (statuses: Status[]) => {
        if (stopped) return;
        const fresh = statuses.filter((status) => newest === null || byIdDescending(status, { id: newest }) < 0).sort(byIdDescending);
        if (fresh.length === 0) return;
        newest = fresh[0].id;
        onNew(fresh);
      };
      const catchUp = async () => {
        try {
          deliver((await source({ minId: newest })).items);
        } catch (error) {
          if (!stopped) onError?.(error);
        }
      };
      const follow = (state: string) => {
        if (state === 'open') {
          stopPolling?.();
          stopPolling = null;
          if (missed) void catchUp();
          missed = false;
        } else if (!stopPolling) {
          missed = true;
          stopPolling = fallback.watch(newest, deliver, onError);
        }
      };

      const unsubscribe = client.subscribe((event) => {
        if (event.event === 'update' && isFrom(event, stream)) deliver([event.status]);
      });
      const release = stream.stream === 'user' ? () => {} : client.subscribeStream(stream);
      const unfollow = client.onState(follow);
      follow(client.state);
      return () => {
        stopped = true;
        unsubscribe();
        release();
        unfollow();
        stopPolling?.();
      };
    },
  };
}
