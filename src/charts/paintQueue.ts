/**
 * Canvases changed in one frame each cost the browser an upload at its next commit (measured under
 * SwiftShader: ~1–9 ms a canvas, 47 ms for the MNIST page's pictures landing at once, one long
 * task). Paints go through this queue instead: at most PAINTS_PER_FRAME canvases change per frame,
 * the rest in the frames after, each canvas painted once with its latest picture.
 */
export const PAINTS_PER_FRAME = 12;

const waiting = new Map<HTMLCanvasElement, () => void>();
let scheduled = false;

function flush(): void {
  scheduled = false;
  let painted = 0;
  for (const [canvas, paint] of waiting) {
    waiting.delete(canvas);
    paint();
    if (++painted >= PAINTS_PER_FRAME) break;
  }
  if (waiting.size > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(flush);
}

/** Paints `canvas` in a coming frame; a later request for the same canvas replaces this one. */
export function queuePaint(canvas: HTMLCanvasElement, paint: (context: CanvasRenderingContext2D) => void): void {
  waiting.set(canvas, () => {
    const context = canvas.getContext('2d');
    if (context) paint(context);
  });
  schedule();
}
