/**
 * Media uploads (Mastodon's v2 media API): the file goes up by XMLHttpRequest so that its
 * upload progress can be shown; the server answers 202 while it still processes the image,
 * and `GET /api/v1/media/:id` answers 206 until it is done, 200 then, 422 if it failed.
 */
import { ApiError, currentToken, errorText, reportUnauthorized, request, requestWithStatus } from './client';
import type { MediaAttachment } from './types';

export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const MAX_MEDIA_BYTES = 16 * 1024 * 1024;
export const MAX_ATTACHMENTS = 4;
export const MAX_DESCRIPTION = 1500;

export interface Upload {
  /** The attachment; its `url` is null while it is being processed. */
  attachment: MediaAttachment;
  processing: boolean;
}

export function uploadMedia(
  file: File,
  options: { description?: string; onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v2/media');
    xhr.setRequestHeader('Accept', 'application/json');
    const token = currentToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          const attachment = JSON.parse(xhr.responseText) as MediaAttachment;
          options.onProgress?.(1);
          resolve({ attachment, processing: xhr.status === 202 || attachment.url === null });
        } catch {
          reject(new ApiError(502, 'Bad Gateway'));
        }
        return;
      }
      if (xhr.status === 401 && token) reportUnauthorized();
      reject(new ApiError(xhr.status, errorText(xhr.responseText, xhr.statusText)));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network'));
    xhr.ontimeout = () => reject(new ApiError(0, 'network'));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    form.append('file', file, file.name);
    if (options.description) form.append('description', options.description);
    xhr.send(form);
  });
}

/** The attachment as it is now: `processing` while the server answers 206. A 422 (processing failed) throws. */
export async function getMedia(id: string, signal?: AbortSignal): Promise<Upload> {
  const { status, body } = await requestWithStatus<MediaAttachment>(`/api/v1/media/${encodeURIComponent(id)}`, { signal });
  return { attachment: body, processing: status === 206 || body.url === null };
}

export const updateMedia = (id: string, changes: { description?: string; focus?: string }) =>
  request<MediaAttachment>(`/api/v1/media/${encodeURIComponent(id)}`, { method: 'PUT', body: changes });
