/**
 * A list of statuses: skeletons while the first page loads, an error with retry, the
 * "new posts" banner, infinite scroll (with a button for those who prefer one), and
 * j/k keyboard navigation between posts.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Status } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/ErrorState';
import { StatusSkeleton } from '../../ui/Skeleton';
import { useStreamEvent } from '../live/live';
import { StatusCard } from '../status/StatusCard';
import { NewPostsBanner } from './NewPostsBanner';
import type { NewPostsSource } from './newPosts';
import { PullToRefresh } from './PullToRefresh';
import type { PagedTimeline } from './usePagedTimeline';

interface Props {
  feed: PagedTimeline;
  label: string;
  emptyText: string;
  newPosts?: NewPostsSource;
}

export function Timeline({ feed, label, emptyText, newPosts }: Props) {
  const { t } = useI18n();
  const [waiting, setWaiting] = useState<Status[]>([]);
  const sentinel = useRef<HTMLDivElement>(null);
  const newestShown = feed.items[0]?.id ?? null;
  const newestKnown = waiting[0]?.id ?? newestShown;
  const ready = feed.status === 'ready';

  useEffect(() => {
    if (!newPosts || !ready) return;
    return newPosts.watch(newestKnown, (statuses) => setWaiting((current) => [...statuses, ...current]));
    // Restart only when the feed is (re)loaded, not for each batch it reports itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [newPosts, ready, newestShown]);

  // A post deleted anywhere leaves every loaded timeline, and the ones waiting to be shown.
  useStreamEvent((event) => {
    if (event.event !== 'delete') return;
    feed.remove(event.id);
    setWaiting((current) => (current.some((status) => status.id === event.id) ? current.filter((status) => status.id !== event.id) : current));
  });

  useEffect(() => {
    const target = sentinel.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) feed.loadMore();
    }, { rootMargin: '600px 0px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [feed]);

  const shown = new Set(feed.items.map((status) => status.id));
  const pending = waiting.filter((status) => !shown.has(status.id));

  const showWaiting = () => {
    feed.prepend(pending);
    setWaiting([]);
    window.scrollTo?.({ top: 0, behavior: 'smooth' });
  };

  const refresh = async () => {
    await feed.refresh();
    setWaiting([]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'j' && event.key !== 'k') return;
    if ((event.target as HTMLElement).closest('textarea, input')) return;
    const articles = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('article.status'));
    const index = articles.findIndex((article) => article.contains(document.activeElement));
    const nextIndex = event.key === 'j' ? Math.min(index + 1, articles.length - 1) : Math.max(index - 1, 0);
    articles[nextIndex]?.focus();
    event.preventDefault();
  };

  if (feed.status === 'loading') return <StatusSkeleton />;
  if (feed.status === 'error') return <ErrorState error={feed.error} onRetry={() => void feed.refresh().catch(() => undefined)} />;

  return (
    <PullToRefresh onRefresh={refresh}>
      <NewPostsBanner count={pending.length} onShow={showWaiting} />
      <div className="timeline" role="feed" aria-label={label} aria-busy={feed.loadingMore} onKeyDown={onKeyDown}>
        {feed.items.length === 0 && <p className="empty">{emptyText}</p>}
        {feed.items.map((status) => (
          <StatusCard key={status.id} status={status} onDeleted={() => feed.remove(status.id)} />
        ))}
      </div>
      <div ref={sentinel} className="timeline-end">
        {feed.moreError ? (
          <ErrorState compact error={feed.moreError} onRetry={feed.loadMore} />
        ) : feed.loadingMore ? (
          <StatusSkeleton count={1} />
        ) : feed.hasMore && feed.items.length > 0 ? (
          <button type="button" className="button secondary" onClick={feed.loadMore}>
            {t('feed.loadMore')}
          </button>
        ) : (
          feed.items.length > 0 && <p className="muted">{t('feed.end')}</p>
        )}
      </div>
    </PullToRefresh>
  );
}
