import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/ErrorState';
import { Icon } from '../../ui/Icon';
import type { FollowState } from './useFollow';

export function FollowButtons({ state, name }: { state: FollowState; name: string }) {
  const { t } = useI18n();
  const { relationship, error } = state;
  return (
    <div className="follow-buttons">
      {relationship.followed_by && <span className="badge-muted">{t('profile.followsYou')}</span>}
      <button
        type="button"
        className={relationship.following ? 'button secondary' : 'button primary'}
        aria-pressed={relationship.following}
        disabled={state.pending}
        aria-label={`${relationship.following ? t('profile.unfollow') : t('profile.follow')} ${name}`}
        onClick={() => void state.toggleFollow()}
      >
        {relationship.following ? t('profile.unfollow') : t('profile.follow')}
      </button>
      <button
        type="button"
        className="button secondary icon"
        aria-pressed={relationship.notifying}
        disabled={state.pending}
        aria-label={relationship.notifying ? t('profile.stopNotify') : t('profile.notify')}
        title={relationship.notifying ? t('profile.stopNotify') : t('profile.notify')}
        onClick={() => void state.toggleNotify()}
      >
        <Icon name={relationship.notifying ? 'bell' : 'bellOff'} />
      </button>
      {error !== null && <ErrorState compact error={error} />}
    </div>
  );
}
