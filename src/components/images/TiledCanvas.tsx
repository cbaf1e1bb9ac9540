import { useEffect, useRef } from 'react';
import type { Paint } from './imagePaint';
import { paintSheet, sheetSize } from './tiles';

interface TiledCanvasProps {
  /** `count` pictures of width×height, one after another. */
  values: ArrayLike<number>;
  count: number;
  width: number;
  height: number;
  /** CSS pixels of one tile at full size; the sheet shrinks to fit a narrow column. */
  tileSize: number;
  columns: number;
  paint: Paint;
}

/** Many small pictures of one kind (feature maps, kernels) in one canvas, crisp pixels, scaled to fit. */
export function TiledCanvas({ values, count, width, height, tileSize, columns, paint }: TiledCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { sheetWidth, sheetHeight } = sheetSize(count, columns, width, height);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const sheet = paintSheet(values, count, width, height, columns, paint);
    context.putImageData(new ImageData(sheet.pixels as Uint8ClampedArray<ArrayBuffer>, sheet.width, sheet.height), 0, 0);
  }, [values, count, width, height, columns, paint]);
  const scale = tileSize / width;
  return (
    <canvas
      ref={ref}
      width={sheetWidth}
      height={sheetHeight}
      className="image-canvas tiled-canvas"
      style={{ width: '100%', maxWidth: sheetWidth * scale, aspectRatio: `${sheetWidth} / ${sheetHeight}` }}
      aria-hidden="true"
    />
  );
}
