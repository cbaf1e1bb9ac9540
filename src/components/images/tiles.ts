import { paintPixels, type Paint } from './imagePaint';

/** Where tiles of `width`×`height` go in a sheet of `columns`, one pixel of gap between them. */
export function sheetSize(count: number, columns: number, width: number, height: number) {
  const cols = Math.max(1, Math.min(count, columns));
  const rows = Math.max(1, Math.ceil(count / cols));
  return { cols, rows, sheetWidth: cols * (width + 1) - 1, sheetHeight: rows * (height + 1) - 1 };
}

/**
 * RGBA pixels of one sheet holding `count` pictures (picture after picture in `values`), row by row,
 * the gaps left transparent: many small pictures become one canvas, which the browser composites
 * and hit-tests once instead of once per picture.
 */
export function paintSheet(values: ArrayLike<number>, count: number, width: number, height: number, columns: number, paint: Paint) {
  const { cols, sheetWidth, sheetHeight } = sheetSize(count, columns, width, height);
  const sheet = new Uint8ClampedArray(sheetWidth * sheetHeight * 4);
  const pixels = width * height;
  const all = paintPixels(values, paint);
  for (let t = 0; t < count && (t + 1) * pixels <= values.length; t++) {
    const left = (t % cols) * (width + 1);
    const top = Math.floor(t / cols) * (height + 1);
    for (let y = 0; y < height; y++) {
      const from = (t * pixels + y * width) * 4;
      sheet.set(all.subarray(from, from + width * 4), ((top + y) * sheetWidth + left) * 4);
    }
  }
  return { pixels: sheet, width: sheetWidth, height: sheetHeight };
}
