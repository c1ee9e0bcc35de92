/**
 * The images of a post being written: each uploads at once (with its progress), then waits
 * while the server processes it (206 until 200), and can be described, given a focal point,
 * removed or retried. The post waits until every image is ready; descriptions and focal
 * points reach the server just before the post, in one update per changed image.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { getMedia, MAX_ATTACHMENTS, MAX_MEDIA_BYTES, MEDIA_TYPES, updateMedia, uploadMedia, type Upload } from '../../api/media';
import type { MediaAttachment } from '../../api/types';
import { focusParam, type Focus } from '../media/attachments';

export type UploadPhase = 'uploading' | 'processing' | 'ready' | 'failed';

export interface PendingMedia {
  key: string;
  file: File;
  /** An object URL of the file for the thumbnail, where the browser can make one. */
  previewUrl: string | null;
  phase: UploadPhase;
  /** Upload progress, 0 to 1. */
  progress: number;
  attachment: MediaAttachment | null;
  description: string;
  /** The description the server has, to send only changes. */
  savedDescription: string;
  /** The focal point chosen; (0, 0), the centre, until one is. */
  focus: Focus;
  /** The focal point the server has, as its `focus` parameter. */
  savedFocus: string;
  error: unknown;
}

export type Rejection = { file: string; reason: 'type' | 'size' | 'count' };

/** Thrown (as the error of a failed image) when the server could not process it (422). */
export class ProcessingFailed extends Error {
  constructor(readonly cause: unknown) {
    super('processing failed');
    this.name = 'ProcessingFailed';
  }
}

export interface MediaUploads {
  items: PendingMedia[];
  add: (files: File[]) => Rejection[];
  remove: (key: string) => void;
  retry: (key: string) => void;
  describe: (key: string, description: string) => void;
  setFocus: (key: string, focus: Focus) => void;
  /** True when every image is processed (or there is none). */
  ready: boolean;
  /** Sends changed descriptions and focal points; answers the ids of the attachments, in order. */
  finish: () => Promise<string[]>;
  clear: () => void;
}

const CENTRE = focusParam({ x: 0, y: 0 });

let counter = 0;
const newKey = () => `media-${++counter}`;
const objectUrl = (file: File) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null);
const revoke = (url: string | null) => url && typeof URL.revokeObjectURL === 'function' && URL.revokeObjectURL(url);
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    }, { once: true });
  });
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function useMediaUploads({ pollMs = 1000 }: { pollMs?: number } = {}): MediaUploads {
  const [items, setItems] = useState<PendingMedia[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const tasks = useRef(new Map<string, AbortController>());

  const update = useCallback((key: string, change: Partial<PendingMedia>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  /** Polls GET /api/v1/media/:id, every `pollMs` at first and then less often, until it is done. */
  const waitForProcessing = useCallback(
    async (key: string, id: string, signal: AbortSignal): Promise<MediaAttachment> => {
      for (let attempt = 0; ; attempt++) {
        await sleep(attempt < 10 ? pollMs : Math.min(pollMs * 5, 5000), signal);
        let answer: Upload;
        try {
          answer = await getMedia(id, signal);
        } catch (error) {
          if (error instanceof ApiError && error.status === 422) throw new ProcessingFailed(error);
          throw error;
        }
        if (!answer.processing) return answer.attachment;
        update(key, { attachment: answer.attachment });
      }
    },
    [pollMs, update],
  );

  const start = useCallback(
    (key: string, file: File, resumeId?: string) => {
      tasks.current.get(key)?.abort();
      const controller = new AbortController();
      tasks.current.set(key, controller);
      const { signal } = controller;
      void (async () => {
        try {
          let id = resumeId;
          if (!id) {
            update(key, { phase: 'uploading', progress: 0, error: null, attachment: null });
            const upload = await uploadMedia(file, { signal, onProgress: (progress) => !signal.aborted && update(key, { progress }) });
            if (signal.aborted) return;
            if (!upload.processing) {
              update(key, { phase: 'ready', progress: 1, attachment: upload.attachment, savedDescription: upload.attachment.description ?? '' });
              return;
            }
            id = upload.attachment.id;
            update(key, { phase: 'processing', progress: 1, attachment: upload.attachment });
          } else {
            update(key, { phase: 'processing', error: null });
          }
          const attachment = await waitForProcessing(key, id, signal);
          if (!signal.aborted) update(key, { phase: 'ready', attachment, savedDescription: attachment.description ?? '' });
        } catch (error) {
          if (isAbort(error) || signal.aborted) return;
          update(key, { phase: 'failed', error });
        } finally {
          if (tasks.current.get(key) === controller) tasks.current.delete(key);
        }
      })();
    },
    [update, waitForProcessing],
  );

  const add = useCallback(
    (files: File[]) => {
      const rejected: Rejection[] = [];
      const accepted: PendingMedia[] = [];
      let room = MAX_ATTACHMENTS - itemsRef.current.length;
      for (const file of files) {
        if (!(MEDIA_TYPES as readonly string[]).includes(file.type)) rejected.push({ file: file.name, reason: 'type' });
        else if (file.size > MAX_MEDIA_BYTES) rejected.push({ file: file.name, reason: 'size' });
        else if (room <= 0) rejected.push({ file: file.name, reason: 'count' });
        else {
          room--;
          accepted.push({
            key: newKey(),
            file,
            previewUrl: objectUrl(file),
            phase: 'uploading',
            progress: 0,
            attachment: null,
            description: '',
            savedDescription: '',
            focus: { x: 0, y: 0 },
            savedFocus: CENTRE,
            error: null,
          });
        }
      }
      if (accepted.length > 0) {
        itemsRef.current = [...itemsRef.current, ...accepted];
        setItems((current) => [...current, ...accepted]);
        accepted.forEach((item) => start(item.key, item.file));
      }
      return rejected;
    },
    [start],
  );

  const remove = useCallback((key: string) => {
    tasks.current.get(key)?.abort();
    tasks.current.delete(key);
    setItems((current) => {
      revoke(current.find((item) => item.key === key)?.previewUrl ?? null);
      return current.filter((item) => item.key !== key);
    });
  }, []);

  const retry = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key);
      if (!item) return;
      // A failed upload or failed processing starts again from the file; a check that
      // could not reach the server goes back to waiting for the same attachment.
      const resume = item.attachment && !(item.error instanceof ProcessingFailed) ? item.attachment.id : undefined;
      start(key, item.file, resume);
    },
    [start],
  );

  const describe = useCallback((key: string, description: string) => update(key, { description }), [update]);
  const setFocus = useCallback((key: string, focus: Focus) => update(key, { focus }), [update]);

  const finish = useCallback(async () => {
    const current = itemsRef.current;
    for (const item of current) {
      if (!item.attachment) continue;
      const description = item.description.trim();
      const focus = focusParam(item.focus);
      const changes = {
        ...(description !== item.savedDescription ? { description } : {}),
        ...(focus !== item.savedFocus ? { focus } : {}),
      };
      if (Object.keys(changes).length > 0) {
        await updateMedia(item.attachment.id, changes);
        update(item.key, { savedDescription: description, savedFocus: focus });
      }
    }
    return current.flatMap((item) => (item.attachment ? [item.attachment.id] : []));
  }, [update]);

  const clear = useCallback(() => {
    tasks.current.forEach((controller) => controller.abort());
    tasks.current.clear();
    itemsRef.current.forEach((item) => revoke(item.previewUrl));
    itemsRef.current = [];
    setItems([]);
  }, []);

  useEffect(() => {
    const running = tasks.current;
    return () => {
      running.forEach((controller) => controller.abort());
      itemsRef.current.forEach((item) => revoke(item.previewUrl));
    };
  }, []);

  return { items, add, remove, retry, describe, setFocus, ready: items.every((item) => item.phase === 'ready'), finish, clear };
}
