/**
 * Writing a post, a reply or a comment: a labelled text area, a live character counter
 * (500, links count 23), up to four images (picked, dropped or pasted), and an error that
 * keeps the text and the images so nothing is lost.
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
  const [posting, setPosting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [rejections, setRejections] = useState<Rejection[]>([]);
  const [dragging, setDragging] = useState(false);
  const media = useMediaUploads({ pollMs: mediaPollMs });
  // One key per post: a retry after a lost answer returns the post already made.
  const idempotencyKey = useRef(newKey());

  const length = countCharacters(text);
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
      const status = await postStatus(
        { status: text, in_reply_to_id: inReplyTo?.id, ...(mediaIds.length > 0 ? { media_ids: mediaIds } : {}) },
        idempotencyKey.current,
      );
      idempotencyKey.current = newKey();
      setText(initialText);
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
