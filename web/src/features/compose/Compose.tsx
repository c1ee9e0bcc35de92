/**
 * Writing a post, a reply or a comment: a labelled text area, a live character counter
 * (500, links count 23, the content warning counted too), up to four images (picked,
 * dropped or pasted) that can be marked sensitive, an optional content warning, and an
 * error that keeps the text and the images so nothing is lost.
 */
import { useId, useRef, useState, type ClipboardEvent, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_ATTACHMENTS, MEDIA_TYPES } from '../../api/media';
import { postStatus } from '../../api/statuses';
import type { Status } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/ErrorState';
import { Icon } from '../../ui/Icon';
import { countCharacters, MAX_CHARACTERS } from './countCharacters';
import { MediaUploads } from './MediaUploads';
import { useMediaUploads, type Rejection } from './useMediaUploads';

interface Props {
  inReplyTo?: Status;
  initialText?: string;
  autoFocus?: boolean;
  /** The comment box of a post's page, rather than an inline reply. */
  comment?: boolean;
  /** How often to ask whether an uploaded image is processed (tests make it short). */
  mediaPollMs?: number;
  onPosted?: (status: Status) => void;
}

const newKey = () => (typeof globalThis.crypto?.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

export function Compose({ inReplyTo, initialText = '', autoFocus, comment, mediaPollMs, onPosted }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initialText);
  // A reply keeps the warning of what it answers, as Mastodon's composer does; null is none.
  const initialWarning = inReplyTo?.spoiler_text ? inReplyTo.spoiler_text : null;
  const [warning, setWarning] = useState<string | null>(initialWarning);
  const [sensitive, setSensitive] = useState(false);
  // The warning box takes the focus when the writer opens it, not when a reply inherits it.
  const [warningAsked, setWarningAsked] = useState(false);
  const [posting, setPosting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [rejections, setRejections] = useState<Rejection[]>([]);
  const [dragging, setDragging] = useState(false);
  const media = useMediaUploads({ pollMs: mediaPollMs });
  // One key per post: a retry after a lost answer returns the post already made.
  const idempotencyKey = useRef(newKey());

  const length = countCharacters(text) + (warning ? Array.from(warning).length : 0);
  const remaining = MAX_CHARACTERS - length;
  const blank = text.trim().length === 0;
  const hasMedia = media.items.length > 0;
  const canPost = (!blank || hasMedia) && media.ready && remaining >= 0 && !posting;
  const full = media.items.length >= MAX_ATTACHMENTS;

  const addFiles = (files: File[]) => {
    if (files.length === 0) return;
    setRejections(media.add(files));
    setAnnouncement('');
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!canPost) return;
    setPosting(true);
    setError(null);
    try {
      const mediaIds = await media.finish();
      const spoiler = warning?.trim() ?? '';
      const status = await postStatus(
        {
          status: text,
          in_reply_to_id: inReplyTo?.id,
          ...(mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
          ...(spoiler ? { spoiler_text: spoiler } : {}),
          // Images behind a content warning are sensitive whatever the box says.
          ...(mediaIds.length > 0 && (sensitive || spoiler) ? { sensitive: true } : {}),
        },
        idempotencyKey.current,
      );
      idempotencyKey.current = newKey();
      setText(initialText);
      setWarning(initialWarning);
      setSensitive(false);
      media.clear();
      setRejections([]);
      setAnnouncement(t('compose.posted'));
      onPosted?.(status);
    } catch (failure) {
      setError(failure);
    } finally {
      setPosting(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = Array.from(event.clipboardData?.files ?? []);
    if (files.length === 0) return;
    event.preventDefault();
    addFiles(files);
  };

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  const onDragOver = (event: DragEvent<HTMLFormElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    if (!posting) addFiles(Array.from(event.dataTransfer.files));
  };

  const label = comment ? t('compose.commentLabel') : inReplyTo ? t('compose.replyLabel') : t('compose.label');
  const submitLabel = posting ? t('compose.posting') : comment ? t('compose.comment') : inReplyTo ? t('compose.reply') : t('compose.submit');
  const waiting = hasMedia && !media.ready && !media.items.some((item) => item.phase === 'failed');
  return (
    <form
      className={dragging ? 'compose dragging' : 'compose'}
      onSubmit={submit}
      aria-label={label}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {warning !== null && (
        <>
          <label htmlFor={`${id}-warning`} className="visually-hidden">
            {t('compose.cw.label')}
          </label>
          <input
            id={`${id}-warning`}
            className="compose-warning"
            value={warning}
            placeholder={t('compose.cw.placeholder')}
            onChange={(event) => setWarning(event.target.value)}
            aria-describedby={`${id}-counter`}
            autoFocus={warningAsked}
          />
        </>
      )}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        placeholder={label}
        onChange={(event) => {
          setText(event.target.value);
          setAnnouncement('');
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        rows={inReplyTo ? 2 : 3}
        autoFocus={autoFocus}
        aria-describedby={`${id}-counter`}
        aria-invalid={remaining < 0}
      />
      <MediaUploads uploads={media} disabled={posting} />
      {hasMedia && (
        <label className="compose-sensitive">
          <input
            type="checkbox"
            checked={sensitive || Boolean(warning?.trim())}
            disabled={posting || Boolean(warning?.trim())}
            onChange={(event) => setSensitive(event.target.checked)}
          />
          {warning?.trim() ? t('compose.sensitiveByWarning') : t('compose.sensitive')}
        </label>
      )}
      {rejections.length > 0 && (
        <ul className="compose-rejections" role="alert">
          {rejections.map((rejection, index) => (
            <li key={index}>{t(`compose.media.rejected.${rejection.reason}`, { name: rejection.file, max: MAX_ATTACHMENTS })}</li>
          ))}
        </ul>
      )}
      {error !== null && <ErrorState compact error={error} onRetry={() => void submit()} />}
      <div className="compose-footer">
        <div className="compose-tools">
          <label className={full || posting ? 'button ghost file-button disabled' : 'button ghost file-button'} htmlFor={`${id}-files`}>
            <Icon name="image" size={18} />
            <span className="file-button-text">{t('compose.media.add')}</span>
          </label>
          <input
            id={`${id}-files`}
            className="visually-hidden"
            type="file"
            accept={MEDIA_TYPES.join(',')}
            multiple
            disabled={full || posting}
            onChange={(event) => {
              addFiles(Array.from(event.target.files ?? []));
              // The same file can be picked again after it was removed.
              event.target.value = '';
            }}
          />
          <button
            type="button"
            className={warning !== null ? 'button ghost cw-button active' : 'button ghost cw-button'}
            aria-pressed={warning !== null}
            title={warning !== null ? t('compose.cw.remove') : t('compose.cw.add')}
            aria-label={warning !== null ? t('compose.cw.remove') : t('compose.cw.add')}
            disabled={posting}
            onClick={() => {
              setWarningAsked(true);
              setWarning((current) => (current === null ? '' : null));
            }}
          >
            <Icon name="alert" size={18} />
            <span className="file-button-text">{t('compose.cw.short')}</span>
          </button>
          <span id={`${id}-counter`} className={remaining < 0 ? 'counter over' : remaining <= 20 ? 'counter low' : 'counter'} aria-live="polite">
            {remaining < 0 ? t('compose.over', { count: -remaining }) : t('compose.remaining', { count: remaining })}
          </span>
        </div>
        <span className="visually-hidden" role="status">
          {announcement}
        </span>
        {waiting && <span className="muted small">{t('compose.media.waiting')}</span>}
        <button type="submit" className="button primary" disabled={!canPost}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
