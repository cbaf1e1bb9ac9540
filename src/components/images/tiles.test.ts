import { describe, expect, it } from 'vitest';
import { paintSheet, sheetSize } from './tiles';

describe('tiled sheets of small pictures', () => {
  it('lays tiles out in rows of the given columns, one pixel apart', () => {
    expect(sheetSize(5, 4, 3, 2)).toEqual({ cols: 4, rows: 2, sheetWidth: 15, sheetHeight: 5 });
    expect(sheetSize(2, 8, 3, 3)).toEqual({ cols: 2, rows: 1, sheetWidth: 7, sheetHeight: 3 });
  });

  it('puts each picture at its place and leaves the gaps transparent', () => {
    // Three 2×1 pictures in two columns: values 0..5, grey scale to 5.
    const sheet = paintSheet([0, 1, 2, 3, 4, 5], 3, 2, 1, 2, { kind: 'grey', max: 5 });
    expect([sheet.width, sheet.height]).toEqual([5, 3]);
    const shadeAt = (x: number, y: number) => sheet.pixels[(y * sheet.width + x) * 4];
    const alphaAt = (x: number, y: number) => sheet.pixels[(y * sheet.width + x) * 4 + 3];
    expect(shadeAt(0, 0)).toBe(255);
    expect(shadeAt(3, 0)).toBeLessThan(shadeAt(1, 0));
    expect(alphaAt(2, 0)).toBe(0);
    expect(alphaAt(0, 1)).toBe(0);
    expect(shadeAt(0, 2)).toBe(Math.round(255 - 235 * (4 / 5)));
    expect(shadeAt(1, 2)).toBe(20);
    expect(alphaAt(3, 2)).toBe(0);
  });
});
