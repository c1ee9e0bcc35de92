/**
 * Choosing an image's focal point: the part that must stay in view when a timeline crops
 * the image to its grid. A modal dialog shows the whole image; a click or tap puts the
 * point there, the arrow keys move it (Shift for bigger steps), and two previews show the
 * crops a square and a wide tile would make. Escape or Done closes it and gives the focus
 * back to where it was.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/i18n';
import { clampFocus, focusAt, focusPosition, type Focus } from '../media/attachments';

const STEP = 0.05;
const BIG_STEP = 0.2;

interface Props {
  src: string;
  alt: string;
  focus: Focus;
  onChange: (focus: Focus) => void;
  onClose: () => void;
}

export function FocalPointPicker({ src, alt, focus, onChange, onClose }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const hintId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const image = useRef<HTMLImageElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    area.current?.focus();
    return () => opener?.focus?.();
  }, []);

  const pointAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = image.current?.getBoundingClientRect();
    if (box) onChange(focusAt(box, event.clientX, event.clientY));
  };

  const moveBy = (dx: number, dy: number) =>
    onChange({ x: Math.round(clampFocus(focus.x + dx) * 100) / 100, y: Math.round(clampFocus(focus.y + dy) * 100) / 100 });

  const onAreaKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveBy(move[0], move[1]);
    } else if (event.key === 'Home') {
      event.preventDefault();
      onChange({ x: 0, y: 0 });
    }
  };

  const onDialogKey = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      const focusable = Array.from(dialog.current?.querySelectorAll<HTMLElement>('button, [tabindex="0"]') ?? []);
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

  const position = focusPosition(focus);
  const left = `${((focus.x + 1) / 2) * 100}%`;
  const top = `${((1 - focus.y) / 2) * 100}%`;
  return createPortal(
    <div className="focal-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialog} className="focal-dialog card" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={hintId} onKeyDown={onDialogKey}>
        <h2 id={titleId} className="focal-title">
          {t('compose.focus.title')}
        </h2>
        <p id={hintId} className="muted small">
          {t('compose.focus.hint')}
        </p>
        <div
          ref={area}
          className="focal-area"
          tabIndex={0}
          role="application"
          aria-label={t('compose.focus.area', { x: focus.x.toFixed(2), y: focus.y.toFixed(2) })}
          onKeyDown={onAreaKey}
          onPointerDown={(event) => {
            dragging.current = true;
            event.currentTarget.setPointerCapture?.(event.pointerId);
            pointAt(event);
          }}
          onPointerMove={(event) => dragging.current && pointAt(event)}
          onPointerUp={() => (dragging.current = false)}
          onPointerCancel={() => (dragging.current = false)}
          data-testid="focal-area"
        >
          <img ref={image} src={src} alt={alt} draggable={false} />
          <span className="focal-marker" style={{ left, top }} aria-hidden="true" />
        </div>
        <div className="focal-previews" aria-hidden="true">
          <figure>
            <img src={src} alt="" style={{ objectPosition: position }} className="focal-preview square" />
            <figcaption>{t('compose.focus.square')}</figcaption>
          </figure>
          <figure>
            <img src={src} alt="" style={{ objectPosition: position }} className="focal-preview wide" />
            <figcaption>{t('compose.focus.wide')}</figcaption>
          </figure>
        </div>
        <div className="form-actions">
          <button type="button" className="button secondary" onClick={() => onChange({ x: 0, y: 0 })}>
            {t('compose.focus.centre')}
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            {t('compose.focus.done')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
