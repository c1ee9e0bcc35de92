/**
 * A BlurHash decoder (https://blurha.sh, the algorithm of the reference implementation):
 * the hash is a grid of DCT components in base 83; decoding sums their cosines for every
 * pixel. Small enough to own instead of adding a dependency.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~';

export function decode83(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = DIGITS.indexOf(char);
    if (digit < 0) throw new Error(`Invalid blurhash character: ${char}`);
    value = value * 83 + digit;
  }
  return value;
}

export function encode83(value: number, length: number): string {
  let result = '';
  for (let i = 1; i <= length; i++) {
    const digit = Math.floor(value / 83 ** (length - i)) % 83;
    result += DIGITS[digit];
  }
  return result;
}

export function sRGBToLinear(value: number): number {
  const v = value / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

export function linearToSRGB(value: number): number {
  const v = Math.max(0, Math.min(1, value));
  return v <= 0.0031308 ? Math.trunc(v * 12.92 * 255 + 0.5) : Math.trunc((1.055 * v ** (1 / 2.4) - 0.055) * 255 + 0.5);
}

const signPow = (value: number, exponent: number) => Math.sign(value) * Math.abs(value) ** exponent;

/** The number of components across and down, or an error if the hash cannot be one. */
export function components(hash: string): { x: number; y: number } {
  if (!hash || hash.length < 6) throw new Error('The blurhash must have at least 6 characters');
  const sizeFlag = decode83(hash[0]);
  const y = Math.floor(sizeFlag / 9) + 1;
  const x = (sizeFlag % 9) + 1;
  if (hash.length !== 4 + 2 * x * y) throw new Error(`The blurhash length should be ${4 + 2 * x * y}, not ${hash.length}`);
  return { x, y };
}

export function isValidBlurhash(hash: string | null | undefined): hash is string {
  try {
    components(hash ?? '');
    decode83(hash ?? '');
    return true;
  } catch {
    return false;
  }
}

/** RGBA pixels, row by row, of a `width` × `height` image; `punch` sharpens the contrast. */
export function decodeBlurhash(hash: string, width: number, height: number, punch = 1): Uint8ClampedArray {
  const { x: numX, y: numY } = components(hash);
  const maximum = ((decode83(hash[1]) + 1) / 166) * punch;

  const colors: [number, number, number][] = [];
  const dc = decode83(hash.substring(2, 6));
  colors.push([sRGBToLinear(dc >> 16), sRGBToLinear((dc >> 8) & 255), sRGBToLinear(dc & 255)]);
  for (let i = 1; i < numX * numY; i++) {
    const ac = decode83(hash.substring(4 + i * 2, 6 + i * 2));
    const r = Math.floor(ac / (19 * 19));
    const g = Math.floor(ac / 19) % 19;
    const b = ac % 19;
    colors.push([signPow((r - 9) / 9, 2) * maximum, signPow((g - 9) / 9, 2) * maximum, signPow((b - 9) / 9, 2) * maximum]);
  }

  // The cosines depend on one coordinate each: computed once per row and per column.
  const cosX = new Float64Array(width * numX);
  for (let x = 0; x < width; x++) for (let i = 0; i < numX; i++) cosX[x * numX + i] = Math.cos((Math.PI * x * i) / width);
  const cosY = new Float64Array(height * numY);
  for (let y = 0; y < height; y++) for (let j = 0; j < numY; j++) cosY[y * numY + j] = Math.cos((Math.PI * y * j) / height);

  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let j = 0; j < numY; j++) {
        for (let i = 0; i < numX; i++) {
          const basis = cosX[x * numX + i] * cosY[y * numY + j];
          const color = colors[i + j * numX];
          r += color[0] * basis;
          g += color[1] * basis;
          b += color[2] * basis;
        }
      }
      const offset = 4 * (x + y * width);
      pixels[offset] = linearToSRGB(r);
      pixels[offset + 1] = linearToSRGB(g);
      pixels[offset + 2] = linearToSRGB(b);
      pixels[offset + 3] = 255;
    }
  }
  return pixels;
}
