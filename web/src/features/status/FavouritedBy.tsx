/** Who liked a post: their avatars and names, linking to their profiles. */
import { favouritedBy } from '../../api/statuses';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Avatar, displayName } from '../../ui/Avatar';
import { ErrorState } from '../../ui/ErrorState';
import { useAsync } from '../../ui/useAsync';
import { profilePath } from './StatusCard';

/** `version` changes when the person likes or unlikes the post, to ask again. */
export function FavouritedBy({ statusId, version }: { statusId: string; version: number }) {
  const { t } = useI18n();
  const { state, retry } = useAsync((signal) => favouritedBy(statusId, signal), [statusId, version]);
  return (
    <section className="favourited-by" aria-labelledby={`liked-by-${statusId}`}>
      <h2 id={`liked-by-${statusId}`} className="section-title">
        {t('status.likedBy')}
      </h2>
      {state.status === 'loading' && <p className="muted small">{t('feed.loading')}</p>}
      {state.status === 'error' && <ErrorState compact error={state.error} onRetry={retry} />}
      {state.status === 'done' && state.value.length === 0 && <p className="muted small">{t('status.noLikes')}</p>}
      {state.status === 'done' && state.value.length > 0 && (
        <ul className="account-list" data-testid="favourited-by">
          {state.value.map((account) => (
            <li key={account.id}>
              <Link to={profilePath(account.acct)} className="account-chip">
                <Avatar account={account} size={32} />
                <span>{displayName(account)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
