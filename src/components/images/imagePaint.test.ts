import { describe, expect, it } from 'vitest';
import { COLOR_TABLE } from '../../charts/colorScale';
import { meanOverChannels, paintFor, paintPixels } from './imagePaint';

describe('image painting', () => {
  it('draws non-negative values as ink on white, scaled to their largest', () => {
    const paint = paintFor([0, 2, 4]);
    expect(paint).toEqual({ kind: 'grey', max: 4 });
    const rgba = paintPixels([0, 2, 4], paint);
    expect(Array.from(rgba.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    expect(rgba[4]).toBeGreaterThan(rgba[8]);
    expect(rgba[8]).toBe(20);
  });

  it('draws signed values in the accent colours, symmetric about zero', () => {
    const paint = paintFor([-1, 0, 3]);
    expect(paint).toEqual({ kind: 'signed', maxAbs: 3 });
    const rgba = paintPixels([-3, 3], paint);
    expect(Array.from(rgba.subarray(0, 4))).toEqual(Array.from(COLOR_TABLE.subarray(0, 4)));
    expect(Array.from(rgba.subarray(4, 8))).toEqual(Array.from(COLOR_TABLE.subarray(COLOR_TABLE.length - 4)));
  });

  it('averages channels, channel-last or channel-first', () => {
    expect(Array.from(meanOverChannels([1, 3, 5, 7], 2, 2))).toEqual([2, 6]);
    expect(Array.from(meanOverChannels([1, 3, 5, 7], 2, 2, true))).toEqual([3, 5]);
  });
});
