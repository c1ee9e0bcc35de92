/** The images attached to a post being written: thumbnail, progress, alt text, remove and retry. */
import { useId } from 'react';
import { MAX_DESCRIPTION } from '../../api/media';
import { useI18n } from '../../i18n/i18n';
import { describeError } from '../../ui/ErrorState';
import { Icon } from '../../ui/Icon';
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
  return (
    <li className={`media-upload ${item.phase}`} role="group" aria-label={name} data-testid="media-upload">
      <div className="media-upload-thumb">
        {item.previewUrl ? (
          <img src={item.previewUrl} alt={t('compose.media.preview', { name: item.file.name })} />
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
      </div>
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
          rows={2}
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
