/**
 * The images attached to a post being written: thumbnail (cropped at the focal point),
 * progress, alt text, focal point, remove and retry.
 */
import { useId, useState } from 'react';
import { MAX_DESCRIPTION } from '../../api/media';
import { useI18n } from '../../i18n/i18n';
import { describeError } from '../../ui/ErrorState';
import { Icon } from '../../ui/Icon';
import { focusPosition } from '../media/attachments';
import { FocalPointPicker } from './FocalPointPicker';
import { ProcessingFailed, type MediaUploads as Uploads, type PendingMedia } from './useMediaUploads';

export function MediaUploads({ uploads, disabled }: { uploads: Uploads; disabled?: boolean }) {
  if (uploads.items.length === 0) return null;
  return (
    <ul className="media-uploads">
      {uploads.items.map((item, index) => (
        <MediaUpload key={item.key} item={item} number={index + 1} uploads={uploads} disabled={disabled} />
      ))}
    </ul>
  );
}

function MediaUpload({ item, number, uploads, disabled }: { item: PendingMedia; number: number; uploads: Uploads; disabled?: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const left = MAX_DESCRIPTION - item.description.length;
  const name = t('compose.media.image', { number });
  const [picking, setPicking] = useState(false);
  const focused = item.focus.x !== 0 || item.focus.y !== 0;
  return (
    <li className={`media-upload ${item.phase}`} role="group" aria-label={name} data-testid="media-upload">
      <div className="media-upload-thumb">
        {item.previewUrl ? (
          <img
            src={item.previewUrl}
            alt={t('compose.media.preview', { name: item.file.name })}
            style={{ objectPosition: focusPosition(item.focus) }}
          />
        ) : (
          <span className="media-upload-name">
            <Icon name="image" /> {item.file.name}
          </span>
        )}
        <button
          type="button"
          className="button icon media-upload-remove"
          onClick={() => uploads.remove(item.key)}
          aria-label={t('compose.media.remove', { number })}
          disabled={disabled}
        >
          <Icon name="close" size={16} />
        </button>
        {item.previewUrl && (
          <button
            type="button"
            className={focused ? 'button icon media-upload-focus set' : 'button icon media-upload-focus'}
            onClick={() => setPicking(true)}
            aria-label={t('compose.focus.open', { number })}
            title={t('compose.focus.open', { number })}
            disabled={disabled}
          >
            <Icon name="target" size={16} />
          </button>
        )}
      </div>
      {picking && item.previewUrl && (
        <FocalPointPicker
          src={item.previewUrl}
          alt={t('compose.media.preview', { name: item.file.name })}
          focus={item.focus}
          onChange={(focus) => uploads.setFocus(item.key, focus)}
          onClose={() => setPicking(false)}
        />
      )}
      <div className="media-upload-body">
        {item.phase === 'uploading' && (
          <progress max={100} value={Math.round(item.progress * 100)} aria-label={t('compose.media.uploading', { number })}>
            {Math.round(item.progress * 100)}%
          </progress>
        )}
        {item.phase === 'processing' && (
          <p className="muted small" role="status">
            {t('compose.media.processing')}
          </p>
        )}
        {item.phase === 'failed' && (
          <div className="error-state compact" role="alert">
            <p>
              {item.error instanceof ProcessingFailed
                ? t('compose.media.processingFailed', { name: item.file.name })
                : t('compose.media.uploadFailed', { name: item.file.name, reason: describeError(item.error, t) })}
            </p>
            <button type="button" className="button secondary" onClick={() => uploads.retry(item.key)} disabled={disabled}>
              {t('error.retry')}
            </button>
          </div>
        )}
        <label htmlFor={`${id}-alt`} className="media-upload-label">
          {t('compose.media.altLabel', { number })}
        </label>
        <textarea
          id={`${id}-alt`}
          className="media-upload-alt"
          value={item.description}
          maxLength={MAX_DESCRIPTION}
          rows={3}
          placeholder={t('compose.media.altPlaceholder')}
          onChange={(event) => uploads.describe(item.key, event.target.value)}
          aria-describedby={`${id}-alt-counter`}
          disabled={disabled}
        />
        <span id={`${id}-alt-counter`} className={left <= 50 ? 'counter low' : 'counter'}>
          {t('compose.media.altCounter', { count: item.description.length, max: MAX_DESCRIPTION })}
        </span>
      </div>
    </li>
  );
}
