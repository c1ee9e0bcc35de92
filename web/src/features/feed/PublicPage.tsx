/** Everyone's public posts, and a hashtag's posts: the same timeline from another source. */
import { useMemo } from 'react';
import { publicTimeline, tagTimeline } from '../../api/timelines';
import { useI18n } from '../../i18n/i18n';
import { pollingNewPosts } from './newPosts';
import { Timeline } from './Timeline';
import { usePagedTimeline } from './usePagedTimeline';

export function PublicPage() {
  const { t } = useI18n();
  const feed = usePagedTimeline(publicTimeline);
  const newPosts = useMemo(() => pollingNewPosts(publicTimeline, 30_000), []);
  return (
    <section aria-labelledby="public-title">
      <h1 id="public-title" className="page-title">
        {t('feed.public')}
      </h1>
      <Timeline feed={feed} label={t('feed.public')} emptyText={t('feed.empty')} newPosts={newPosts} />
    </section>
  );
}

export function TagPage({ tag }: { tag: string }) {
  const { t } = useI18n();
  const source = useMemo(() => tagTimeline(tag), [tag]);
  const feed = usePagedTimeline(source);
  return (
    <section aria-labelledby="tag-title">
      <h1 id="tag-title" className="page-title">
        {t('feed.tag', { tag })}
      </h1>
      <Timeline feed={feed} label={t('feed.tag', { tag })} emptyText={t('feed.empty')} />
    </section>
  );
}
