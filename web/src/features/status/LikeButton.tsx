/** The heart under a post, with its count; for visitors only the count. */
import { useId } from 'react';
import type { Status } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { describeError } from '../../ui/ErrorState';
import { Icon } from '../../ui/Icon';
import { useFavourite } from './useFavourite';

export function LikeButton({ status, signedIn, onChange }: { status: Status; signedIn: boolean; onChange?: (status: Status) => void }) {
  const { t } = useI18n();
  const id = useId();
  const like = useFavourite(status, onChange);
  const countText = t('status.likes', { count: like.count });

  if (!signedIn) {
    return (
      <span className="button ghost like-count" aria-label={countText}>
        <Icon name="heart" size={18} /> <span data-testid="favourites-count">{like.count}</span>
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className={like.favourited ? 'button ghost like liked' : 'button ghost like'}
        aria-pressed={like.favourited}
        aria-label={t('status.like')}
        aria-describedby={`${id}-count`}
        onClick={() => void like.toggle()}
      >
        <Icon name="heart" size={18} filled={like.favourited} />{' '}
        <span data-testid="favourites-count" aria-hidden="true">
          {like.count}
        </span>
      </button>
      <span id={`${id}-count`} className="visually-hidden">
        {countText}
      </span>
      {like.error !== null && (
        <p className="inline-error" role="alert">
          {t(like.favourited ? 'status.unlikeFailed' : 'status.likeFailed', { reason: describeError(like.error, t) })}
        </p>
      )}
    </>
  );
}
