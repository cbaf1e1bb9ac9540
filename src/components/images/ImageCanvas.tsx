import { useEffect, useRef } from 'react';
import { paintFor, paintPixels, type Paint } from './imagePaint';

interface ImageCanvasProps {
  values: ArrayLike<number>;
  width: number;
  height: number;
  /** Drawn size in CSS pixels (the canvas is scaled up, pixelated). */
  size: number;
  paint?: Paint;
  label?: string;
  className?: string;
  /** When given, the picture is repainted only when this changes (pixels that never change for one key). */
  paintKey?: string | number;
}

/** A small picture of numbers, painted once per change and scaled up with crisp pixels. */
export function ImageCanvas({ values, width, height, size, paint, label, className, paintKey }: ImageCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ values, paint });
  latest.current = { values, paint };
  const content = paintKey ?? values;
  useEffect(() => {
    const { values, paint } = latest.current;
    const context = ref.current?.getContext('2d');
    if (!context || values.length < width * height) return;
    context.putImageData(new ImageData(paintPixels(values, paint ?? paintFor(values)) as Uint8ClampedArray<ArrayBuffer>, width, height), 0, 0);
  }, [content, width, height, paintKey === undefined ? paint : null]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      className={`image-canvas ${className ?? ''}`}
      style={{ width: size, height: (size * height) / width }}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    />
  );
}
