/** Every failure in plain words, with a way to try again. */
import { ApiError } from '../api/client';
import { useI18n, type Translate } from '../i18n/i18n';

export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.kind === 'validation') return t('error.validation', { message: error.message });
    if (error.kind === 'server') return t('error.server', { message: `${error.status}` });
    return t(`error.${error.kind}`);
  }
  return t('error.server', { message: error instanceof Error ? error.message : String(error) });
}

export function ErrorState({ error, onRetry, compact }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={compact ? 'error-state compact' : 'error-state'} role="alert">
      {!compact && <strong className="error-title">{t('error.title')}</strong>}
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
