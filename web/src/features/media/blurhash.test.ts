import { describe, expect, it } from 'vitest';
import { components, decode83, decodeBlurhash, encode83, isValidBlurhash, linearToSRGB, sRGBToLinear } from './blurhash';

const pixel = (pixels: Uint8ClampedArray, width: number, x: number, y: number) => Array.from(pixels.slice(4 * (x + y * width), 4 * (x + y * width) + 4));

/** A hash of one average colour and the given AC components (each quantised r, g, b in 0..18). */
function hashOf(numX: number, numY: number, rgb: number, acs: [number, number, number][] = [], quantisedMaximum = 0): string {
  const sizeFlag = numX - 1 + (numY - 1) * 9;
  return (
    encode83(sizeFlag, 1) +
    encode83(quantisedMaximum, 1) +
    encode83(rgb, 4) +
    acs.map(([r, g, b]) => encode83(r * 19 * 19 + g * 19 + b, 2)).join('')
  );
}

describe('blurhash', () => {
  it('reads base 83 numbers', () => {
    expect(decode83('0')).toBe(0);
    expect(decode83('~')).toBe(82);
    expect(decode83('10')).toBe(83);
    expect(decode83(encode83(123456, 4))).toBe(123456);
  });

  it('converts between sRGB and linear light without drift', () => {
    for (const value of [0, 1, 10, 51, 128, 200, 254, 255]) expect(linearToSRGB(sRGBToLinear(value))).toBe(value);
  });

  it('reads the number of components from the first character', () => {
    expect(components('LEHV6nWB2yk8pyo0adR*.7kCMdnj')).toEqual({ x: 4, y: 3 });
  });

  it('paints a hash with only the average colour in that colour everywhere', () => {
    const hash = hashOf(1, 1, 0x336699);
    expect(hash).toHaveLength(6);
    const pixels = decodeBlurhash(hash, 8, 6);
    expect(pixels).toHaveLength(8 * 6 * 4);
    for (const [x, y] of [[0, 0], [7, 0], [3, 3], [7, 5]]) expect(pixel(pixels, 8, x, y)).toEqual([0x33, 0x66, 0x99, 255]);
  });

  it('adds horizontal components as cosines: brighter red on the left, darker on the right', () => {
    // Two components across; the second has the largest positive red and no green or blue.
    const hash = hashOf(2, 1, 0x808080, [[18, 9, 9]], 82);
    const pixels = decodeBlurhash(hash, 16, 1);
    const [leftR, leftG, leftB] = pixel(pixels, 16, 0, 0);
    const [rightR, rightG, rightB] = pixel(pixels, 16, 15, 0);
    expect(leftR).toBeGreaterThan(0x80);
    expect(rightR).toBeLessThan(0x80);
    expect([leftG, leftB, rightG, rightB]).toEqual([0x80, 0x80, 0x80, 0x80]);
    // At the centre the cosine is zero: the average colour.
    expect(pixel(pixels, 16, 8, 0)).toEqual([0x80, 0x80, 0x80, 255]);
  });

  it('decodes the reference example around its average colour, bluish at the top left', () => {
    const hash = 'LEHV6nWB2yk8pyo0adR*.7kCMdnj';
    expect(decode83(hash.substring(2, 6))).toBe(0x979695);
    const pixels = decodeBlurhash(hash, 32, 32);
    expect(pixels).toHaveLength(32 * 32 * 4);
    const mean = [0, 0, 0];
    for (let i = 0; i < pixels.length; i += 4) {
      expect(pixels[i + 3]).toBe(255);
      for (let c = 0; c < 3; c++) mean[c] += pixels[i + c] / (32 * 32);
    }
    [0x97, 0x96, 0x95].forEach((average, c) => expect(Math.abs(mean[c] - average)).toBeLessThan(6));
    const [r, , b] = pixel(pixels, 32, 0, 0);
    expect(b).toBeGreaterThan(r);
  });

  it('rejects hashes of the wrong length or with foreign characters', () => {
    expect(isValidBlurhash('LEHV6nWB2yk8pyo0adR*.7kCMdnj')).toBe(true);
    expect(isValidBlurhash('LEHV6nWB2yk8pyo0adR*.7kCMdn')).toBe(false);
    expect(isValidBlurhash('00"""""')).toBe(false);
    expect(isValidBlurhash(null)).toBe(false);
    expect(() => decodeBlurhash('abc', 4, 4)).toThrow();
  });
});
