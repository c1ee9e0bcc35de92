/**
 * Where news of posts newer than the newest one shown comes from. For now a poller that
 * asks the timeline for the page just newer than min_id; the streaming API will provide
 * another implementation of the same interface later, and the feed will not change.
 */
import type { TimelineSource } from '../../api/timelines';
import type { Status } from '../../api/types';

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
