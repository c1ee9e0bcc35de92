/** A post with the thread above it and its replies below, and a box to reply. */
import { getContext, getStatus } from '../../api/statuses';
import type { Status } from '../../api/types';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/router';
import { ErrorState } from '../../ui/ErrorState';
import { StatusSkeleton } from '../../ui/Skeleton';
import { useAsync } from '../../ui/useAsync';
import { StatusCard } from './StatusCard';

interface Thread {
  status: Status;
  ancestors: Status[];
  descendants: Status[];
}

export function StatusPage({ id }: { id: string }) {
  const { t } = useI18n();
  const me = useMe();
  const { state, retry, set } = useAsync<Thread>(async () => {
    const [status, context] = await Promise.all([getStatus(id), getContext(id)]);
    return { status, ancestors: context.ancestors, descendants: context.descendants };
  }, [id]);

  if (state.status === 'loading') return <StatusSkeleton count={2} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const thread = state.value;
  const addReply = (reply: Status) => set({ ...thread, descendants: [...thread.descendants, reply] });
  const removeReply = (replyId: string) =>
    set({ ...thread, descendants: thread.descendants.filter((reply) => reply.id !== replyId) });

  return (
    <section aria-labelledby="status-title">
      <h1 id="status-title" className="page-title">
        {t('status.title')}
      </h1>
      {thread.ancestors.map((status) => (
        <StatusCard key={status.id} status={status} />
      ))}
      <StatusCard
        status={thread.status}
        focused
        onReplied={addReply}
        onDeleted={() => navigate(me ? '/' : '/public', { replace: true })}
      />
      <h2 className="section-title">{t('status.replyHeading')}</h2>
      {thread.descendants.length === 0 && <p className="empty">{t('status.noReplies')}</p>}
      <div className="replies">
        {thread.descendants.map((status) => (
          <StatusCard key={status.id} status={status} onDeleted={() => removeReply(status.id)} onReplied={addReply} />
        ))}
      </div>
    </section>
  );
}
