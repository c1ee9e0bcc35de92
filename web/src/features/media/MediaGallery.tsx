/**
 * The images of a post: one shown in its own shape (within limits), two to four in a grid.
 * Each has its alt text, a blurred placeholder until it loads, and opens full size.
 * Images marked sensitive stay behind their blurred placeholders, not even downloaded,
 * until the reader asks to see them; they can be hidden again.
 */
import { useState } from 'react';
import type { MediaAttachment } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/Icon';
import { BlurhashCanvas } from './BlurhashCanvas';
import { altText, aspectOf, objectPosition } from './attachments';
import { Lightbox } from './Lightbox';

const VISUAL = new Set(['image', 'gifv']);

export function MediaGallery({ attachments, sensitive = false }: { attachments: MediaAttachment[]; sensitive?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  const [shown, setShown] = useState(!sensitive);
  const images = attachments.filter((attachment) => VISUAL.has(attachment.type) && (attachment.url || attachment.preview_url)).slice(0, 4);
  const others = attachments.filter((attachment) => !images.includes(attachment) && attachment.url);
  if (images.length === 0 && others.length === 0) return null;

  // One image keeps its shape between 1:2 (tall) and 2:1 (wide); a grid is 16:9.
  const single = images.length === 1 ? aspectOf(images[0]) : null;
  const aspect = images.length === 1 ? Math.max(0.5, Math.min(2, single ?? 16 / 9)) : 16 / 9;

  return (
    <>
      {images.length > 0 && (
        <div
          className={`media-grid media-count-${images.length}`}
          style={{ aspectRatio: String(aspect) }}
          role="group"
          aria-label={t('media.gallery', { count: images.length })}
        >
          {images.map((attachment, index) =>
            shown ? (
              <MediaTile key={attachment.id} attachment={attachment} onOpen={() => setOpen(index)} />
            ) : (
              <div key={attachment.id} className="media-tile hidden">
                <BlurhashCanvas hash={attachment.blurhash} className="media-blurhash" />
              </div>
            ),
          )}
          {!shown && (
            <button type="button" className="media-sensitive" onClick={() => setShown(true)}>
              <strong>{t('media.sensitive')}</strong> <span>{t('media.sensitiveShow')}</span>
            </button>
          )}
          {shown && sensitive && (
            <button type="button" className="button icon media-hide" onClick={() => setShown(false)} aria-label={t('media.hide')} title={t('media.hide')}>
              <Icon name="eyeOff" size={18} />
            </button>
          )}
        </div>
      )}
      {others.map((attachment) => (
        <a key={attachment.id} className="media-other" href={attachment.url ?? undefined} target="_blank" rel="noopener noreferrer">
          {t('media.openAttachment', { description: altText(attachment, t('media.noDescription')) })}
        </a>
      ))}
      {open !== null && <Lightbox images={images} start={open} onClose={() => setOpen(null)} />}
    </>
  );
}

function MediaTile({ attachment, onOpen }: { attachment: MediaAttachment; onOpen: () => void }) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState(false);
  const alt = altText(attachment, t('media.noDescription'));
  return (
    <button type="button" className="media-tile" onClick={onOpen} aria-label={t('media.open', { description: alt })}>
      {!loaded && <BlurhashCanvas hash={attachment.blurhash} className="media-blurhash" />}
      <img
        src={attachment.preview_url ?? attachment.url ?? undefined}
        alt={alt}
        title={attachment.description ?? undefined}
        loading="lazy"
        decoding="async"
        style={{ objectPosition: objectPosition(attachment) }}
        className={loaded ? 'media-image loaded' : 'media-image'}
        onLoad={() => setLoaded(true)}
      />
    </button>
  );
}
