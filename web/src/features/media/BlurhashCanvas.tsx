/** The blurred preview of an image, painted from its BlurHash until the image itself loads. */
import { useEffect, useRef } from 'react';
import { decodeBlurhash, isValidBlurhash } from './blurhash';

const SIZE = 32;

export function BlurhashCanvas({ hash, className }: { hash: string | null; className?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    if (!element || !isValidBlurhash(hash)) return;
    const context = element.getContext('2d');
    if (!context) return;
    const image = context.createImageData(SIZE, SIZE);
    image.data.set(decodeBlurhash(hash, SIZE, SIZE));
    context.putImageData(image, 0, 0);
  }, [hash]);
  if (!isValidBlurhash(hash)) return null;
  return <canvas ref={canvas} className={className} width={SIZE} height={SIZE} aria-hidden="true" data-testid="blurhash" />;
}
