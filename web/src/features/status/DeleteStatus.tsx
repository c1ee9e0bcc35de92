/** Deleting one's own post, after an inline confirmation; failures say why and offer a retry. */
import { useState } from 'react';
import { deleteStatus } from '../../api/statuses';
import type { Status } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/ErrorState';

export function DeleteStatus({ status, onDeleted }: { status: Status; onDeleted: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = async () => {
    setDeleting(true);
    setError(null);
    try {
      await deleteStatus(status.id);
      onDeleted();
    } catch (failure) {
      setError(failure);
      setDeleting(false);
    }
  };

  if (!confirming) {
    return (
      <button type="button" className="button ghost danger" onClick={() => setConfirming(true)}>
        {t('status.delete')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('status.confirmDelete')}>
      <span>{t('status.confirmDelete')}</span>
      <button type="button" className="button danger" disabled={deleting} onClick={() => void remove()} autoFocus>
        {t('status.delete')}
      </button>
      <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
        {t('editProfile.cancel')}
      </button>
      {error !== null && <ErrorState compact error={error} onRetry={() => void remove()} />}
    </div>
  );
}
