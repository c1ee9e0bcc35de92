/** The home feed: compose box on top, followed accounts' posts below, news streamed (or polled). */
import { useMemo } from 'react';
import { homeTimeline } from '../../api/timelines';
import { useI18n } from '../../i18n/i18n';
import { Compose } from '../compose/Compose';
import { useLiveClient } from '../live/live';
import { pollingNewPosts, streamingNewPosts } from './newPosts';
import { Timeline } from './Timeline';
import { usePagedTimeline } from './usePagedTimeline';

export function HomePage() {
  const { t } = useI18n();
  const feed = usePagedTimeline(homeTimeline);
  const live = useLiveClient();
  const newPosts = useMemo(() => (live ? streamingNewPosts(live, homeTimeline) : pollingNewPosts(homeTimeline)), [live]);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" className="page-title">
        {t('feed.home')}
      </h1>
      <Compose onPosted={(status) => feed.prepend([status])} />
      <Timeline feed={feed} label={t('feed.home')} emptyText={t('feed.homeEmpty')} newPosts={newPosts} />
    </section>
  );
}
