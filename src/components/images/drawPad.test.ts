import { describe, expect, it } from 'vitest';
import { canvasPoint, inputToRgba, PAD_RESOLUTION, strokeWidthFor } from './drawPad';

describe('canvasPoint', () => {
  it('maps a pointer on a pad shown smaller than its resolution to the pad’s own pixels', () => {
    const rect = { left: 10, top: 20, width: 140, height: 140 };
    expect(canvasPoint(10, 20, rect, PAD_RESOLUTION)).toEqual({ x: 0, y: 0 });
    expect(canvasPoint(80, 90, rect, PAD_RESOLUTION)).toEqual({ x: 140, y: 140 });
    expect(canvasPoint(150, 160, rect, PAD_RESOLUTION)).toEqual({ x: 280, y: 280 });
  });

  it('gives the origin for a pad not laid out yet instead of dividing by zero', () => {
    expect(canvasPoint(5, 5, { left: 0, top: 0, width: 0, height: 0 }, PAD_RESOLUTION)).toEqual({ x: 0, y: 0 });
  });
});

describe('strokeWidthFor', () => {
  it('grows with the pad: a fourteenth of its side', () => {
    expect(strokeWidthFor(280)).toBe(20);
    expect(strokeWidthFor(140)).toBe(10);
  });
});

describe('inputToRgba', () => {
  it('paints ink dark and background white, opaque', () => {
    expect(Array.from(inputToRgba([0, 255, 128]))).toEqual([255, 255, 255, 255, 0, 0, 0, 255, 127, 127, 127, 255]);
  });
});
