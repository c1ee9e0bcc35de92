/** Grey placeholders in the shape of what is loading, announced once to screen readers. */
import { useI18n } from '../i18n/i18n';

export function StatusSkeleton({ count = 3 }: { count?: number }) {
  const { t } = useI18n();
  return (
    <div className="skeleton-list" role="status" aria-label={t('feed.loading')} data-testid="skeleton">
      {Array.from({ length: count }, (_, index) => (
        <div className="status skeleton" key={index} aria-hidden="true">
          <div className="skeleton-avatar" />
          <div className="skeleton-lines">
            <div className="skeleton-line short" />
            <div className="skeleton-line" />
            <div className="skeleton-line medium" />
          </div>
        </div>
      ))}
    </div>
  );
}

export function ProfileSkeleton() {
  const { t } = useI18n();
  return (
    <div className="profile skeleton" role="status" aria-label={t('feed.loading')} data-testid="skeleton">
      <div className="profile-header skeleton-block" aria-hidden="true" />
      <div className="skeleton-lines" aria-hidden="true">
        <div className="skeleton-line short" />
        <div className="skeleton-line" />
      </div>
    </div>
  );
}
