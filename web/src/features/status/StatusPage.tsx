/**
 * A post with the thread above it, a comment box, its comments (replies) below in thread
 * order, and who liked it. Comments streamed in from followed people join the list.
 */
import { useState } from 'react';
import { getContext, getStatus } from '../../api/statuses';
import type { Status } from '../../api/types';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/router';
import { ErrorState } from '../../ui/ErrorState';
import { StatusSkeleton } from '../../ui/Skeleton';
import { useAsync } from '../../ui/useAsync';
import { Compose } from '../compose/Compose';
import { useStreamEvent } from '../live/live';
import { FavouritedBy } from './FavouritedBy';
import { StatusCard } from './StatusCard';

interface Thread {
  status: Status;
  ancestors: Status[];
  descendants: Status[];
}

export function StatusPage({ id }: { id: string }) {
  const { t } = useI18n();
  const me = useMe();
  const [likes, setLikes] = useState(0);
  const { state, retry, set } = useAsync<Thread>(async () => {
    const [status, context] = await Promise.all([getStatus(id), getContext(id)]);
    return { status, ancestors: context.ancestors, descendants: context.descendants };
  }, [id]);

  const thread = state.status === 'done' ? state.value : null;

  useStreamEvent((event) => {
    if (!thread) return;
    if (event.event === 'delete' && thread.descendants.some((reply) => reply.id === event.id)) {
      set({ ...thread, descendants: thread.descendants.filter((reply) => reply.id !== event.id) });
    }
    if (event.event === 'update') {
      const inThread = new Set([thread.status.id, ...thread.descendants.map((reply) => reply.id)]);
      const reply = event.status;
      if (reply.in_reply_to_id && inThread.has(reply.in_reply_to_id) && !inThread.has(reply.id)) {
        const direct = reply.in_reply_to_id === thread.status.id;
        set({
          ...thread,
          status: direct ? { ...thread.status, replies_count: thread.status.replies_count + 1 } : thread.status,
          descendants: [...thread.descendants, reply],
        });
      }
    }
  });

  if (state.status === 'loading') return <StatusSkeleton count={2} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const current = state.value;
  const addReply = (reply: Status) => {
    if (current.descendants.some((known) => known.id === reply.id)) return;
    const direct = reply.in_reply_to_id === current.status.id;
    set({
      ...current,
      status: direct ? { ...current.status, replies_count: current.status.replies_count + 1 } : current.status,
      descendants: [...current.descendants, reply],
    });
  };
  const removeReply = (replyId: string) =>
    set({ ...current, descendants: current.descendants.filter((reply) => reply.id !== replyId) });

  return (
    <section aria-labelledby="status-title">
      <h1 id="status-title" className="page-title">
        {t('status.title')}
      </h1>
      {current.ancestors.map((status, index) => (
        <StatusCard key={status.id} status={status} inThread={index > 0} />
      ))}
      <StatusCard
        status={current.status}
        inThread={current.ancestors.length > 0}
        focused
        hideReply
        onFavouriteChange={() => setLikes((n) => n + 1)}
        onDeleted={() => navigate(me ? '/' : '/public', { replace: true })}
      />
      {me && <Compose inReplyTo={current.status} comment onPosted={addReply} />}
      <h2 className="section-title">{t('status.replyHeading')}</h2>
      {current.descendants.length === 0 && <p className="empty">{t('status.noReplies')}</p>}
      <div className="replies">
        {current.descendants.map((status) => (
          <StatusCard key={status.id} status={status} inThread onDeleted={() => removeReply(status.id)} onReplied={addReply} />
        ))}
      </div>
      <FavouritedBy statusId={current.status.id} version={likes} />
    </section>
  );
}
