/*
 * A digit drawn by the learner, turned into exactly what a network trained on each image set sees,
 * made the way that set was made (no DOM, no tfjs: the component hands in a grey raster).
 *
 * - MNIST (LeCun et al.): the digit's bounding box is scaled, aspect kept, to fit a 20×20 box with
 *   anti-aliased grey levels, then placed in 28×28 so that its centre of mass is at the centre.
 * - 8×8 digits (UCI optical recognition of handwritten digits, shipped by sklearn): the bitmap is
 *   normalised into 32×32 (bounding box scaled to fit, aspect kept, centred), then the ink pixels of
 *   each non-overlapping 4×4 block are counted (0..16). The shipped file scales counts ×255/16.
 */

/** A drawing at its own resolution, row by row; ink high (0 = background, 255 = full ink). */
export interface GreyRaster {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

export type DrawnDigitSize = 8 | 28;

export interface DrawnDigit {
  /** size×size grey levels, 0 = background, 255 = ink, row by row: what the network sees. */
  pixels: Uint8Array;
  /** Nothing drawn: the pixels are all zeros and the page should ask for a digit. */
  empty: boolean;
}

export interface OpticalDigit extends DrawnDigit {
  /** The 64 ink-pixel counts (0..16) before scaling to 0..255. */
  counts: Uint8Array;
}

interface Box {
  x0: number;
  y0: number;
  width: number;
  height: number;
}

/** The smallest box holding every pixel with any ink; null when there is none. */
export function inkBoundingBox(raster: GreyRaster): Box | null {
  const { width, height, data } = raster;
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] > 0) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * How one source line (column or row) of length 1 starting at `start` (in target units, length
 * `scale`) spreads over target pixels: [target index, overlap length] pairs.
 */
function overlaps(start: number, scale: number, size: number): Array<[number, number]> {
  const end = start + scale;
  const out: Array<[number, number]> = [];
  for (let t = Math.max(0, Math.floor(start)); t < Math.min(size, Math.ceil(end)); t++) {
    const overlap = Math.min(end, t + 1) - Math.max(start, t);
    if (overlap > 0) out.push([t, overlap]);
  }
  return out;
}

/**
 * The ink box scaled by one factor (aspect kept) so its longer side is `fit` target pixels, centred
 * in a size×size grid, by area averaging: each target pixel is the mean ink (0..255) over the part
 * of the drawing it covers. Returns floats.
 */
function fitByAreaAveraging(raster: GreyRaster, box: Box, fit: number, size: number): Float64Array {
  const scale = fit / Math.max(box.width, box.height);
  const offX = (size - box.width * scale) / 2;
  const offY = (size - box.height * scale) / 2;
  const columns = Array.from({ length: box.width }, (_, i) => overlaps(offX + i * scale, scale, size));
  const rows = Array.from({ length: box.height }, (_, j) => overlaps(offY + j * scale, scale, size));
  const out = new Float64Array(size * size);
  for (let j = 0; j < box.height; j++) {
    const rowStart = (box.y0 + j) * raster.width + box.x0;
    for (let i = 0; i < box.width; i++) {
      const value = Math.min(255, raster.data[rowStart + i]);
      if (value <= 0) continue;
      for (const [ty, wy] of rows[j]) {
        for (const [tx, wx] of columns[i]) out[ty * size + tx] += value * wx * wy;
      }
    }
  }
  return out;
}

/** Centre of mass (x, y) of grey levels, in pixel-centre coordinates (pixel i's centre is i + 0.5). */
export function centreOfMass(pixels: ArrayLike<number>, size: number): { x: number; y: number } {
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const v = pixels[y * size + x];
      total += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  return total === 0 ? { x: size / 2, y: size / 2 } : { x: sx / total, y: sy / total };
}

/** MNIST's 28×28 input for a drawing. */
export function toMnistInput(raster: GreyRaster): DrawnDigit {
  const size = 28;
  const box = inkBoundingBox(raster);
  if (!box) return { pixels: new Uint8Array(size * size), empty: true };
  // The 20×20 box first (centred in the 28×28 grid), then a whole-pixel shift that brings the centre
  // of mass to within half a pixel of (14, 14): shifting by whole pixels keeps the grey levels as
  // they were averaged.
  const fitted = fitByAreaAveraging(raster, box, 20, size);
  const rounded = Uint8Array.from(fitted, (v) => Math.min(255, Math.round(v)));
  const mass = centreOfMass(rounded, size);
  const dx = Math.round(size / 2 - mass.x);
  const dy = Math.round(size / 2 - mass.y);
  const pixels = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    const sy = y - dy;
    if (sy < 0 || sy >= size) continue;
    for (let x = 0; x < size; x++) {
      const sx = x - dx;
      if (sx >= 0 && sx < size) pixels[y * size + x] = rounded[sy * size + sx];
    }
  }
  return { pixels, empty: false };
}

/*
 * A 32×32 pixel counts as ink when at least this share of it is covered: the forms were scanned as
 * black and white bitmaps, and a lower bar than one half keeps a thin stroke from breaking up.
 */
const INK_COVER = 0.35;

/** The 8×8 optical digits input (counts scaled ×255/16, rounded) for a drawing. */
export function toOpticalDigitsInput(raster: GreyRaster): OpticalDigit {
  const box = inkBoundingBox(raster);
  if (!box) return { pixels: new Uint8Array(64), counts: new Uint8Array(64), empty: true };
  const bitmap = fitByAreaAveraging(raster, box, 32, 32);
  const counts = new Uint8Array(64);
  for (let y = 0; y < 32; y++) {
    for (let x = 0; x < 32; x++) {
      if (bitmap[y * 32 + x] >= INK_COVER * 255) counts[(y >> 2) * 8 + (x >> 2)] += 1;
    }
  }
  const pixels = Uint8Array.from(counts, (c) => Math.round((c * 255) / 16));
  return { pixels, counts, empty: false };
}

/** What the network for the `size` image set sees of a drawing. */
export function preprocessDrawing(raster: GreyRaster, size: DrawnDigitSize): DrawnDigit {
  return size === 28 ? toMnistInput(raster) : toOpticalDigitsInput(raster);
}

/** The alpha channel of RGBA canvas pixels (ImageData.data), as a grey raster with ink high. */
export function alphaRaster(rgba: ArrayLike<number>, width: number, height: number): GreyRaster {
  const data = new Uint8ClampedArray(width * height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4 + 3];
  return { width, height, data };
}
