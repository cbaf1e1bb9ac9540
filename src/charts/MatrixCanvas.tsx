import { useEffect, useRef } from 'react';
import { COLOR_TABLE, colorIndex } from './colorScale';

interface MatrixCanvasProps {
  /** rows × columns values, row-major, row 0 at the top. */
  values: Float32Array;
  rows: number;
  columns: number;
  /** Maps a raw value into -1..1 before colouring (gates in 0..1 stay on the positive side). */
  toSigned?: (value: number) => number;
  /** CSS pixels per cell across and down. */
  cellWidth: number;
  cellHeight: number;
  label: string;
}

const identity = (v: number) => v;

/** A rows × columns grid of coloured cells (units × time steps), scaled up by CSS without smoothing. */
export function MatrixCanvas({ values, rows, columns, toSigned = identity, cellWidth, cellHeight, label }: MatrixCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context || values.length < rows * columns) return;
    const image = context.createImageData(columns, rows);
    for (let i = 0; i < rows * columns; i++) {
      const c = colorIndex(toSigned(values[i])) * 4;
      image.data.set([COLOR_TABLE[c], COLOR_TABLE[c + 1], COLOR_TABLE[c + 2], 255], i * 4);
    }
    context.putImageData(image, 0, 0);
  }, [values, rows, columns, toSigned]);
  return <canvas ref={canvasRef} className="matrix-canvas" width={columns} height={rows} role="img" aria-label={label} style={{ width: columns * cellWidth, height: rows * cellHeight }} />;
}
