/**
 * Editing one's profile: display name, bio, avatar and header. New images are previewed
 * as the profile will show them and go up with the text in one multipart request; the
 * server crops them (avatar square, header 3:1). An image of one's own can be removed,
 * which puts the default picture back at once. Nothing changes on a refusal: the reason
 * is shown and the form keeps what was entered.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { isDefaultImage, MAX_PROFILE_IMAGE_BYTES, PROFILE_IMAGE_TYPES, removeProfileImage, updateCredentials } from '../../api/accounts';
import type { CredentialAccount } from '../../api/types';
import { useSession } from '../../auth/session';
import { plainText } from '../../content/sanitize';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router/router';
import { displayName } from '../../ui/Avatar';
import { ErrorState } from '../../ui/ErrorState';
import { Icon } from '../../ui/Icon';

type Kind = 'avatar' | 'header';

export function EditProfilePage({ me }: { me: CredentialAccount }) {
  const { t } = useI18n();
  const { updateMe } = useSession();
  const [displayNameText, setDisplayName] = useState(me.display_name);
  const [note, setNote] = useState(me.source?.note ?? plainText(me.note));
  const [avatar, setAvatar] = useState<File | null>(null);
  const [header, setHeader] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<Kind | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const avatarPreview = useObjectUrl(avatar);
  const headerPreview = useObjectUrl(header);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const updated = await updateCredentials({ display_name: displayNameText, note, avatar, header });
      updateMe(updated);
      navigate(`/@${updated.acct}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (kind: Kind) => {
    setRemoving(kind);
    setError(null);
    try {
      updateMe(await removeProfileImage(kind));
      setAnnouncement(t(kind === 'avatar' ? 'editProfile.avatarRemoved' : 'editProfile.headerRemoved'));
    } catch (failure) {
      setError(failure);
    } finally {
      setRemoving(null);
    }
  };

  const busy = saving || removing !== null;
  const name = displayName({ display_name: displayNameText, username: me.username });
  return (
    <section aria-labelledby="edit-title">
      <h1 id="edit-title" className="page-title">
        {t('editProfile.title')}
      </h1>
      <form className="form card" onSubmit={save}>
        <div className="edit-images" aria-hidden="true">
          <img className="edit-header" src={headerPreview ?? me.header_static ?? me.header} alt="" />
          <img className="avatar edit-avatar" src={avatarPreview ?? me.avatar_static ?? me.avatar} alt="" width={88} height={88} />
        </div>
        <p className="visually-hidden">{t('editProfile.previewOf', { name })}</p>
        <ImageField
          kind="avatar"
          picked={avatar}
          own={!isDefaultImage(me.avatar)}
          disabled={busy}
          removing={removing === 'avatar'}
          onPick={setAvatar}
          onRemove={() => void remove('avatar')}
        />
        <ImageField
          kind="header"
          picked={header}
          own={!isDefaultImage(me.header)}
          disabled={busy}
          removing={removing === 'header'}
          onPick={setHeader}
          onRemove={() => void remove('header')}
        />
        <label>
          {t('editProfile.displayName')}
          <input value={displayNameText} maxLength={30} onChange={(event) => setDisplayName(event.target.value)} />
        </label>
        <label>
          {t('editProfile.bio')}
          <textarea value={note} maxLength={500} rows={4} onChange={(event) => setNote(event.target.value)} />
        </label>
        <span className="visually-hidden" role="status">
          {announcement}
        </span>
        {error !== null && <ErrorState compact error={error} onRetry={() => void save()} />}
        <div className="form-actions">
          <Link to={`/@${me.acct}`} className="button secondary">
            {t('editProfile.cancel')}
          </Link>
          <button type="submit" className="button primary" disabled={busy}>
            {saving ? t('editProfile.saving') : t('editProfile.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface ImageFieldProps {
  kind: Kind;
  picked: File | null;
  /** Whether the account has an image of its own (not the default) to remove. */
  own: boolean;
  disabled: boolean;
  removing: boolean;
  onPick: (file: File | null) => void;
  onRemove: () => void;
}

/** Choosing a new avatar or header (checked for format and size before it goes up), or removing it. */
function ImageField({ kind, picked, own, disabled, removing, onPick, onRemove }: ImageFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const label = t(kind === 'avatar' ? 'editProfile.avatar' : 'editProfile.header');

  const pick = (file: File | undefined) => {
    if (!file) return;
    if (!(PROFILE_IMAGE_TYPES as readonly string[]).includes(file.type)) {
      setProblem(t('editProfile.imageType', { name: file.name }));
      return;
    }
    if (file.size > MAX_PROFILE_IMAGE_BYTES) {
      setProblem(t('editProfile.imageSize', { name: file.name }));
      return;
    }
    setProblem(null);
    onPick(file);
  };

  return (
    <fieldset className="image-field" aria-describedby={`${id}-hint`}>
      <legend>{label}</legend>
      <p id={`${id}-hint`} className="muted small">
        {t(kind === 'avatar' ? 'editProfile.avatarHint' : 'editProfile.headerHint')}
        {picked && ` ${t('editProfile.picked', { name: picked.name })}`}
      </p>
      <div className="image-field-actions">
        <label htmlFor={`${id}-file`} className={disabled ? 'button secondary file-button disabled' : 'button secondary file-button'}>
          <Icon name="camera" size={18} /> {t(kind === 'avatar' ? 'editProfile.changeAvatar' : 'editProfile.changeHeader')}
        </label>
        <input
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept={PROFILE_IMAGE_TYPES.join(',')}
          disabled={disabled}
          onChange={(event) => {
            pick(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        {picked ? (
          <button type="button" className="button ghost" onClick={() => onPick(null)} disabled={disabled}>
            {t('editProfile.keepCurrent')}
          </button>
        ) : (
          own && (
            <button type="button" className="button ghost danger" onClick={onRemove} disabled={disabled}>
              <Icon name="trash" size={18} />{' '}
              {removing ? t('editProfile.removing') : t(kind === 'avatar' ? 'editProfile.removeAvatar' : 'editProfile.removeHeader')}
            </button>
          )
        )}
      </div>
      {problem && (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

/** An object URL of the file for as long as it is picked, or null. */
function useObjectUrl(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file || typeof URL.createObjectURL !== 'function') {
      setUrl(null);
      return;
    }
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url;
}
