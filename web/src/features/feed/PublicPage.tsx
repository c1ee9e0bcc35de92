/**
 * Everyone's public posts, and a hashtag's posts: the same timeline from another source.
 * Signed in, news comes live on the shared streaming connection (`public`, or `hashtag`
 * with the tag); signed out, or while the connection is down, the page polls.
 */
import { useMemo } from 'react';
import { publicTimeline, tagTimeline, type TimelineSource } from '../../api/timelines';
import { useI18n } from '../../i18n/i18n';
import { useLiveClient } from '../live/live';
import type { StreamRequest } from '../live/streaming';
import { pollingNewPosts, streamingNewPosts, type NewPostsSource } from './newPosts';
import { Timeline } from './Timeline';
import { usePagedTimeline } from './usePagedTimeline';

const POLL_MS = 30_000;

export function PublicPage() {
  const { t } = useI18n();
  const feed = usePagedTimeline(publicTimeline);
  const newPosts = useNewPosts(publicTimeline, PUBLIC);
  return (
    <section aria-labelledby="public-title">
      <h1 id="public-title" className="page-title">
        {t('feed.public')}
      </h1>
      <Timeline feed={feed} label={t('feed.public')} emptyText={t('feed.empty')} newPosts={newPosts} />
    </section>
  );
}

const PUBLIC: StreamRequest = { stream: 'public' };

export function TagPage({ tag }: { tag: string }) {
  const { t } = useI18n();
  const source = useMemo(() => tagTimeline(tag), [tag]);
  const stream = useMemo<StreamRequest>(() => ({ stream: 'hashtag', tag }), [tag]);
  const feed = usePagedTimeline(source);
  const newPosts = useNewPosts(source, stream);
  return (
    <section aria-labelledby="tag-title">
      <h1 id="tag-title" className="page-title">
        {t('feed.tag', { tag })}
      </h1>
      <Timeline feed={feed} label={t('feed.tag', { tag })} emptyText={t('feed.tagEmpty', { tag })} newPosts={newPosts} />
    </section>
  );
}

function useNewPosts(source: TimelineSource, stream: StreamRequest): NewPostsSource {
  const live = useLiveClient();
  return useMemo(
    () => (live ? streamingNewPosts(live, source, stream, pollingNewPosts(source, POLL_MS)) : pollingNewPosts(source, POLL_MS)),
    [live, source, stream],
  );
}
