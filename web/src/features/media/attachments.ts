import type { MediaAttachment } from '../../api/types';

/**
 * Mastodon's focal point (x to the right, y upwards, both in [-1, 1]) as a CSS
 * `object-position`, so that cropping keeps the interesting part in view.
 */
export function objectPosition(attachment: MediaAttachment): string | undefined {
  const focus = attachment.meta?.focus;
  if (!focus || !Number.isFinite(focus.x) || !Number.isFinite(focus.y)) return undefined;
  const clamp = (value: number) => Math.max(-1, Math.min(1, value));
  const left = ((clamp(focus.x) + 1) / 2) * 100;
  const top = ((1 - clamp(focus.y)) / 2) * 100;
  return `${round(left)}% ${round(top)}%`;
}

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
