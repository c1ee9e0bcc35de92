/**
 * An image full size over the page: a modal dialog that takes the focus, keeps Tab inside,
 * closes with Escape, the close button or a click beside the image, moves between images
 * with the arrow keys, and gives the focus back to where it was.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { MediaAttachment } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/Icon';
import { altText } from './attachments';

export function Lightbox({ images, start, onClose }: { images: MediaAttachment[]; start: number; onClose: () => void }) {
  const { t } = useI18n();
  const [index, setIndex] = useState(start);
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const image = images[index];
  const many = images.length > 1;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => opener?.focus?.();
  }, []);

  const move = (step: number) => setIndex((current) => (current + step + images.length) % images.length);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The dialog is portalled, but React events still bubble to the feed's j/k handler.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowRight' && many) {
      move(1);
    } else if (event.key === 'ArrowLeft' && many) {
      move(-1);
    } else if (event.key === 'Tab') {
      const focusable = Array.from(dialog.current?.querySelectorAll<HTMLElement>('button') ?? []);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  const alt = altText(image, t('media.noDescription'));
  return createPortal(
    <div
      ref={dialog}
      className="lightbox"
      role="dialog"
      aria-modal="true"
      aria-label={t('media.viewer')}
      onKeyDown={onKeyDown}
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <figure className="lightbox-figure">
        <img src={image.url ?? image.preview_url ?? undefined} alt={alt} />
        {image.description && <figcaption>{image.description}</figcaption>}
      </figure>
      <div className="lightbox-tools">
        {many && (
          <button type="button" className="button icon" onClick={() => move(-1)} aria-label={t('media.previous')}>
            <Icon name="left" />
          </button>
        )}
        {many && <span className="lightbox-position">{t('media.position', { index: index + 1, count: images.length })}</span>}
        {many && (
          <button type="button" className="button icon" onClick={() => move(1)} aria-label={t('media.next')}>
            <Icon name="right" />
          </button>
        )}
        <button ref={close} type="button" className="button icon" onClick={onClose} aria-label={t('media.close')}>
          <Icon name="close" />
        </button>
      </div>
    </div>,
    document.body,
  );
}
