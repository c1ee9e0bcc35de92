/**
 * Writing a post or a reply: a labelled text area, a live character counter (500, links
 * count 23), and an error that keeps the text so nothing typed is lost.
 */
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { postStatus } from '../../api/statuses';
import type { Status } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/ErrorState';
import { countCharacters, MAX_CHARACTERS } from './countCharacters';

interface Props {
  inReplyTo?: Status;
  initialText?: string;
  autoFocus?: boolean;
  onPosted?: (status: Status) => void;
}

const newKey = () => (typeof globalThis.crypto?.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

export function Compose({ inReplyTo, initialText = '', autoFocus, onPosted }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [posting, setPosting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  // One key per post: a retry after a lost answer returns the post already made.
  const idempotencyKey = useRef(newKey());

  const length = countCharacters(text);
  const remaining = MAX_CHARACTERS - length;
  const blank = text.trim().length === 0;
  const canPost = !blank && remaining >= 0 && !posting;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!canPost) return;
    setPosting(true);
    setError(null);
    try {
      const status = await postStatus({ status: text, in_reply_to_id: inReplyTo?.id }, idempotencyKey.current);
      idempotencyKey.current = newKey();
      setText(initialText);
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

  const label = inReplyTo ? t('compose.replyLabel') : t('compose.label');
  return (
    <form className="compose" onSubmit={submit} aria-label={label}>
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
        rows={inReplyTo ? 2 : 3}
        autoFocus={autoFocus}
        aria-describedby={`${id}-counter`}
        aria-invalid={remaining < 0}
      />
      {error !== null && <ErrorState compact error={error} onRetry={() => void submit()} />}
      <div className="compose-footer">
        <span id={`${id}-counter`} className={remaining < 0 ? 'counter over' : remaining <= 20 ? 'counter low' : 'counter'} aria-live="polite">
          {remaining < 0 ? t('compose.over', { count: -remaining }) : t('compose.remaining', { count: remaining })}
        </span>
        <span className="visually-hidden" role="status">
          {announcement}
        </span>
        <button type="submit" className="button primary" disabled={!canPost}>
          {posting ? t('compose.posting') : inReplyTo ? t('compose.reply') : t('compose.submit')}
        </button>
      </div>
    </form>
  );
}
