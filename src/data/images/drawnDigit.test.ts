import { describe, expect, it } from 'vitest';
import {
  alphaRaster,
  centreOfMass,
  preprocessDrawing,
  toMnistInput,
  toOpticalDigitsInput,
  type GreyRaster,
} from './drawnDigit';

const SIZE = 280;

/** A 280×280 drawing with full ink wherever `inked(x, y)` holds (at pixel centres). */
function drawing(inked: (x: number, y: number) => boolean): GreyRaster {
  const data = new Uint8ClampedArray(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) if (inked(x + 0.5, y + 0.5)) data[y * SIZE + x] = 255;
  }
  return { width: SIZE, height: SIZE, data };
}

const disc = (cx: number, cy: number, r: number) => drawing((x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r);

/** Width and height of the box holding the non-zero pixels of a size×size image. */
function nonZeroBox(pixels: Uint8Array, size: number): { width: number; height: number } {
  let x0 = size;
  let y0 = size;
  let x1 = -1;
  let y1 = -1;
  pixels.forEach((v, i) => {
    if (v === 0) return;
    const x = i % size;
    const y = Math.floor(i / size);
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  });
  return { width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

describe('toMnistInput', () => {
  it('puts a centred disc in the middle, its centre of mass at (14, 14)', () => {
    const { pixels, empty } = toMnistInput(disc(140, 140, 100));
    expect(empty).toBe(false);
    expect(pixels).toHaveLength(784);
    const mass = centreOfMass(pixels, 28);
    expect(Math.abs(mass.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(mass.y - 14)).toBeLessThanOrEqual(0.5);
    expect(pixels[14 * 28 + 14]).toBe(255);
    expect(pixels[0]).toBe(0);
  });

  it('moves a stroke drawn off-centre so its centre of mass is within half a pixel of (14, 14)', () => {
    // An L in the top-left corner: a lopsided shape, so the centre of mass is not the box's centre.
    const ell = drawing((x, y) => (x >= 10 && x < 30 && y >= 10 && y < 150) || (x >= 10 && x < 90 && y >= 130 && y < 150));
    const { pixels } = toMnistInput(ell);
    const mass = centreOfMass(pixels, 28);
    expect(Math.abs(mass.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(mass.y - 14)).toBeLessThanOrEqual(0.5);
    // Grey levels, not just black and white: the edges are anti-aliased.
    expect(Array.from(pixels).some((v) => v > 0 && v < 255)).toBe(true);
  });

  it('fits the digit in the 20×20 box: its longer side spans 19 or 20 pixels, never more', () => {
    for (const raster of [disc(140, 140, 100), disc(60, 200, 30), drawing((x, y) => x > 100 && x < 260 && y > 5 && y < 60)]) {
      const box = nonZeroBox(toMnistInput(raster).pixels, 28);
      const longer = Math.max(box.width, box.height);
      expect(longer).toBeLessThanOrEqual(20);
      expect(longer).toBeGreaterThanOrEqual(19);
    }
  });

  it('keeps the aspect of a thin vertical line (tall, a pixel or two wide)', () => {
    const line = drawing((x, y) => x >= 200 && x < 214 && y >= 40 && y < 240);
    const box = nonZeroBox(toMnistInput(line).pixels, 28);
    expect(box.height).toBeGreaterThanOrEqual(19);
    expect(box.width).toBeLessThanOrEqual(3);
  });

  it('gives all zeros and empty for an empty drawing', () => {
    const { pixels, empty } = toMnistInput(drawing(() => false));
    expect(empty).toBe(true);
    expect(pixels).toEqual(new Uint8Array(784));
  });
});

describe('toOpticalDigitsInput', () => {
  it('counts ink pixels per 4×4 block (0..16) and scales them ×255/16 like the shipped file', () => {
    const { counts, pixels, empty } = toOpticalDigitsInput(disc(100, 120, 70));
    expect(empty).toBe(false);
    expect(counts).toHaveLength(64);
    expect(Math.max(...counts)).toBe(16);
    expect(Math.min(...counts)).toBe(0);
    counts.forEach((c, i) => {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(16);
      expect(pixels[i]).toBe(Math.round((c * 255) / 16));
    });
    // The disc fills the 32×32 square: the middle blocks are full, the corners are not.
    expect(counts[3 * 8 + 3]).toBe(16);
    expect(counts[0]).toBeLessThan(16);
  });

  it('scales the bounding box to fill the 32×32 square, aspect kept and centred', () => {
    // A small bar, top-left, twice as wide as tall: it fills the width, its height is 16 of 32.
    const bar = drawing((x, y) => x >= 20 && x < 60 && y >= 20 && y < 40);
    const { counts } = toOpticalDigitsInput(bar);
    const rowSums = Array.from({ length: 8 }, (_, r) => counts.slice(r * 8, r * 8 + 8).reduce((a, b) => a + b, 0));
    expect(rowSums).toEqual([0, 0, 8 * 16, 8 * 16, 8 * 16, 8 * 16, 0, 0]);
  });

  it('gives all zeros and empty for an empty drawing', () => {
    const result = toOpticalDigitsInput(drawing(() => false));
    expect(result.empty).toBe(true);
    expect(result.pixels).toEqual(new Uint8Array(64));
    expect(result.counts).toEqual(new Uint8Array(64));
  });
});

describe('preprocessDrawing', () => {
  it('chooses the preprocessing by the set size', () => {
    const raster = disc(140, 140, 60);
    expect(preprocessDrawing(raster, 28).pixels).toHaveLength(784);
    expect(preprocessDrawing(raster, 8).pixels).toHaveLength(64);
  });
});

describe('alphaRaster', () => {
  it('takes the alpha channel of RGBA pixels as ink', () => {
    const raster = alphaRaster([10, 20, 30, 0, 0, 0, 0, 255, 9, 9, 9, 128], 3, 1);
    expect(Array.from(raster.data)).toEqual([0, 255, 128]);
    expect(raster.width).toBe(3);
  });
});
