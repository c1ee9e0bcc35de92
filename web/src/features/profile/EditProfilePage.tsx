/** Changing one's display name and bio (avatar and header uploads come with media). */
import { useState, type FormEvent } from 'react';
import { updateCredentials } from '../../api/accounts';
import type { CredentialAccount } from '../../api/types';
import { useSession } from '../../auth/session';
import { plainText } from '../../content/sanitize';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router/router';
import { ErrorState } from '../../ui/ErrorState';

export function EditProfilePage({ me }: { me: CredentialAccount }) {
  const { t } = useI18n();
  const { updateMe } = useSession();
  const [displayName, setDisplayName] = useState(me.display_name);
  const [note, setNote] = useState(me.source?.note ?? plainText(me.note));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const updated = await updateCredentials({ display_name: displayName, note });
      updateMe(updated);
      navigate(`/@${updated.acct}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="edit-title">
      <h1 id="edit-title" className="page-title">
        {t('editProfile.title')}
      </h1>
      <form className="form card" onSubmit={save}>
        <label>
          {t('editProfile.displayName')}
          <input value={displayName} maxLength={30} onChange={(event) => setDisplayName(event.target.value)} />
        </label>
        <label>
          {t('editProfile.bio')}
          <textarea value={note} maxLength={500} rows={4} onChange={(event) => setNote(event.target.value)} />
        </label>
        {error !== null && <ErrorState compact error={error} onRetry={() => void save()} />}
        <div className="form-actions">
          <Link to={`/@${me.acct}`} className="button secondary">
            {t('editProfile.cancel')}
          </Link>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? t('editProfile.saving') : t('editProfile.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
