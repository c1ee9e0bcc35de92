import type { MediaAttachment } from '../../api/types';

/**
 * Mastodon's focal point (x to the right, y upwards, both in [-1, 1]) as a CSS
 * `object-position`, so that cropping keeps the interesting part in view.
 */
export function objectPosition(attachment: MediaAttachment): string | undefined {
  return focusPosition(attachment.meta?.focus);
}

/** A focal point as a CSS position (percent from the left and from the top). */
export function focusPosition(focus: Focus | null | undefined): string | undefined {
  if (!focus || !Number.isFinite(focus.x) || !Number.isFinite(focus.y)) return undefined;
  const left = ((clampFocus(focus.x) + 1) / 2) * 100;
  const top = ((1 - clampFocus(focus.y)) / 2) * 100;
  return `${round(left)}% ${round(top)}%`;
}

/** Mastodon's focal point: x to the right, y upwards, both in [-1, 1]; (0, 0) is the centre. */
export interface Focus {
  x: number;
  y: number;
}

export const clampFocus = (value: number) => Math.max(-1, Math.min(1, value));

/**
 * The focal point under a click at (clientX, clientY) on an image drawn in `box`
 * (its bounding rectangle), to two decimals as Mastodon keeps it.
 */
export function focusAt(box: { left: number; top: number; width: number; height: number }, clientX: number, clientY: number): Focus {
  if (box.width <= 0 || box.height <= 0) return { x: 0, y: 0 };
  const x = ((clientX - box.left) / box.width) * 2 - 1;
  const y = 1 - ((clientY - box.top) / box.height) * 2;
  return { x: round2(clampFocus(x)), y: round2(clampFocus(y)) };
}

/** The `focus` parameter of `PUT /api/v1/media/:id`: `"x,y"`. */
export const focusParam = (focus: Focus) => `${round2(focus.x)},${round2(focus.y)}`;

const round2 = (value: number) => Math.round(value * 100) / 100 || 0;

const round = (value: number) => Math.round(value * 10) / 10;

/** Width over height, from the original's size when the server gave one. */
export function aspectOf(attachment: MediaAttachment): number | null {
  const size = attachment.meta?.original ?? attachment.meta?.small;
  if (!size) return null;
  const aspect = size.aspect || (size.height ? size.width / size.height : 0);
  return Number.isFinite(aspect) && aspect > 0 ? aspect : null;
}

/** The alt text of an image, or a plain statement that it has none. */
export const altText = (attachment: MediaAttachment, fallback: string) => attachment.description?.trim() || fallback;
