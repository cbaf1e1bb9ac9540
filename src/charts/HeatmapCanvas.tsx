import { useEffect, useRef } from 'react';
import { COLOR_TABLE, colorIndex } from './colorScale';

interface HeatmapCanvasProps {
  /** size×size values, row 0 at the top. */
  values: Float32Array | null;
  size: number;
  /** Maps a raw value into -1..1 before colouring. */
  toSigned?: (value: number) => number;
  /** CSS pixel size of the drawn square. */
  displaySize: number;
  className?: string;
  label?: string;
  /** RGBA entries from value -1 to +1; the shared orange–blue table unless given. */
  colorTable?: Uint8ClampedArray;
}

const identity = (v: number) => v;

/** A small canvas painted from a typed array through the colour table, scaled up by CSS. */
export function HeatmapCanvas({ values, size, toSigned = identity, displaySize, className, label, colorTable = COLOR_TABLE }: HeatmapCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    if (!values || values.length < size * size) {
      context.clearRect(0, 0, size, size);
      return;
    }
    const image = context.createImageData(size, size);
    for (let i = 0; i < size * size; i++) {
      const c = colorIndex(toSigned(values[i])) * 4;
      image.data[i * 4] = colorTable[c];
      image.data[i * 4 + 1] = colorTable[c + 1];
      image.data[i * 4 + 2] = colorTable[c + 2];
      image.data[i * 4 + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }, [values, size, toSigned, colorTable]);
  return (
    <canvas
      ref={canvasRef}
      width={size}
      height={size}
      className={className}
      style={{ width: displaySize, height: displaySize }}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
