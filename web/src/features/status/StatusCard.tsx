/**
 * One post: who wrote it and when, its content and images, and what can be done with it
 * (reply, like, open, delete one's own). The whole card is focusable; Enter opens the post.
 * A content warning folds the text and images away until the reader unfolds them.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { Status } from '../../api/types';
import { useMe } from '../../auth/session';
import { RichContent } from '../../content/RichContent';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router/router';
import { Avatar, displayName } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { RelativeTime } from '../../ui/RelativeTime';
import { Compose } from '../compose/Compose';
import { MediaGallery } from '../media/MediaGallery';
import { DeleteStatus } from './DeleteStatus';
import { LikeButton } from './LikeButton';

export const statusPath = (status: Status) => `/@${status.account.acct}/${status.id}`;
export const profilePath = (acct: string) => `/@${acct}`;

interface Props {
  status: Status;
  onDeleted?: () => void;
  onReplied?: (reply: Status) => void;
  onFavouriteChange?: (status: Status) => void;
  focused?: boolean;
  /** Leaves out the inline reply box, where the page has a comment box of its own. */
  hideReply?: boolean;
  /** Shown in its thread, under what it answers: no "replying to" line needed. */
  inThread?: boolean;
}

export function StatusCard({ status, onDeleted, onReplied, onFavouriteChange, focused, hideReply, inThread }: Props) {
  const { t } = useI18n();
  const me = useMe();
  const contentId = useId();
  const [replying, setReplying] = useState(false);
  const [unfolded, setUnfolded] = useState(false);
  const warning = status.spoiler_text?.trim() ?? '';
  const folded = warning !== '' && !unfolded;
  const [repliesAdded, setRepliesAdded] = useState(0);
  const replies = status.replies_count + repliesAdded;
  const name = displayName(status.account);
  const mine = me?.id === status.account.id;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) navigate(statusPath(status));
  };

  const mentionPrefix = [status.account, ...status.mentions]
    .filter((account, index, all) => account.id !== me?.id && all.findIndex((a) => a.id === account.id) === index)
    .map((account) => `@${account.acct} `)
    .join('');

  return (
    <article
      className={focused ? 'status focused' : 'status'}
      tabIndex={0}
      aria-label={t('status.open', { name })}
      onKeyDown={onKeyDown}
      data-status-id={status.id}
    >
      <Link to={profilePath(status.account.acct)} className="status-avatar" tabIndex={-1}>
        <Avatar account={status.account} />
      </Link>
      <div className="status-body">
        <header className="status-header">
          <Link to={profilePath(status.account.acct)} className="status-author">
            <strong>{name}</strong> <span className="muted">@{status.account.acct}</span>
          </Link>
          <Link to={statusPath(status)} className="status-time muted">
            <RelativeTime iso={status.created_at} />
          </Link>
        </header>
        {status.in_reply_to_id && !inThread && <ReplyingTo status={status} />}
        {warning && (
          <div className="content-warning">
            <p>
              <Icon name="alert" size={18} /> <span className="visually-hidden">{t('status.contentWarning')}: </span>
              {warning}
            </p>
            <button type="button" className="button secondary" aria-expanded={!folded} aria-controls={contentId} onClick={() => setUnfolded((open) => !open)}>
              {folded ? t('status.showMore') : t('status.showLess')}
            </button>
          </div>
        )}
        {!folded && (
          <div id={contentId}>
            {status.content && <RichContent html={status.content} className="rich-content status-content" />}
            {status.media_attachments?.length > 0 && <MediaGallery attachments={status.media_attachments} sensitive={status.sensitive} />}
          </div>
        )}
        <footer className="status-actions">
          {me && !hideReply && (
            <button
              type="button"
              className="button ghost"
              aria-expanded={replying}
              aria-label={t('status.replyTo', { name })}
              onClick={() => setReplying((open) => !open)}
            >
              <Icon name="reply" size={18} /> {t('compose.reply')}
            </button>
          )}
          <Link to={statusPath(status)} className="button ghost" aria-label={t('status.replies', { count: replies })}>
            <Icon name="comment" size={18} /> {replies}
          </Link>
          <LikeButton status={status} signedIn={me !== null} onChange={onFavouriteChange} />
          {mine && onDeleted && <DeleteStatus status={status} onDeleted={onDeleted} />}
        </footer>
        {replying && (
          <Compose
            inReplyTo={status}
            initialText={mentionPrefix}
            autoFocus
            onPosted={(reply) => {
              setReplying(false);
              setRepliesAdded((count) => count + 1);
              onReplied?.(reply);
            }}
          />
        )}
      </div>
    </article>
  );
}

/** "Replying to @bob", linking to the post answered. */
function ReplyingTo({ status }: { status: Status }) {
  const { t } = useI18n();
  const parentAuthor =
    status.in_reply_to_account_id === status.account.id
      ? status.account.acct
      : status.mentions.find((mention) => mention.id === status.in_reply_to_account_id)?.acct;
  if (!parentAuthor || !status.in_reply_to_id) return <p className="muted small">{t('status.inReplyTo')}</p>;
  return (
    <p className="muted small">
      <Link to={`/@${parentAuthor}/${status.in_reply_to_id}`}>{t('status.replyingTo', { acct: `@${parentAuthor}` })}</Link>
    </p>
  );
}
