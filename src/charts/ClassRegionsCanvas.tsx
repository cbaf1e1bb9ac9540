import { useEffect, useRef } from 'react';
import { CLASS_RGB } from './colorScale';

interface ClassRegionsCanvasProps {
  /** classes × size² probabilities, class-major. */
  values: Float32Array;
  classes: number;
  size: number;
  displaySize: number;
  label: string;
  /** Hard classes: every cell in its class's full colour, however unsure. */
  discrete?: boolean;
}

/** Decision regions of a softmax output: each cell in its most likely class's colour, paler when unsure. */
export function ClassRegionsCanvas({ values, classes, size, displaySize, label, discrete = false }: ClassRegionsCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context || values.length < classes * size * size) return;
    const cells = size * size;
    const image = context.createImageData(size, size);
    for (let i = 0; i < cells; i++) {
      let best = 0;
      for (let k = 1; k < classes; k++) if (values[k * cells + i] > values[best * cells + i]) best = k;
      const confidence = discrete ? 1 : Math.max(0, Math.min(1, (values[best * cells + i] - 1 / classes) / (1 - 1 / classes)));
      const [r, g, b] = CLASS_RGB[best % CLASS_RGB.length];
      const mix = (c: number) => Math.round(255 + (c - 255) * (0.25 + 0.75 * confidence));
      image.data.set([mix(r), mix(g), mix(b), 255], i * 4);
    }
    context.putImageData(image, 0, 0);
  }, [values, classes, size, discrete]);
  return <canvas ref={canvasRef} width={size} height={size} style={{ width: displaySize, height: displaySize }} role="img" aria-label={label} />;
}
