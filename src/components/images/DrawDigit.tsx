import { useCallback, useEffect, useId, useRef, type PointerEvent } from 'react';
import { alphaRaster, preprocessDrawing, type DrawnDigitSize } from '../../data/images/drawnDigit';
import { canvasPoint, inputToRgba, PAD_RESOLUTION, strokeWidthFor } from './drawPad';
import './drawDigit.css';

export interface DrawDigitProps {
  /** Which image set the network was trained on, so which preprocessing: 8 (8×8 digits) or 28 (MNIST). */
  size: DrawnDigitSize;
  /** What the network sees (size×size grey levels, 0..255, ink high) while drawing; null once cleared. */
  onInput(pixels: Uint8Array | null): void;
}

const INK = '#1b1f24';

/**
 * "Draw a digit": a pad drawn on with mouse, pen or finger, and beside it the input the network
 * sees, made as the chosen set was made. The pad's alpha channel is the ink; the preview is a
 * size×size canvas scaled up with CSS.
 */
export function DrawDigit({ size, onInput }: DrawDigitProps) {
  const descriptionId = useId();
  const padRef = useRef<HTMLCanvasElement>(null);
  const previewRef = useRef<HTMLCanvasElement>(null);
  const pointerId = useRef<number | null>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef(0);
  const hasInk = useRef(false);
  const onInputRef = useRef(onInput);
  useEffect(() => {
    onInputRef.current = onInput;
  });

  const paintPreview = useCallback(
    (pixels: Uint8Array) => {
      const context = previewRef.current?.getContext('2d');
      if (context) context.putImageData(new ImageData(inputToRgba(pixels), size, size), 0, 0);
    },
    [size],
  );

  // The whole pad is preprocessed at most once an animation frame, however fast the pointer moves.
  const sendInput = useCallback(() => {
    frame.current = 0;
    const context = padRef.current?.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    const image = context.getImageData(0, 0, PAD_RESOLUTION, PAD_RESOLUTION);
    const result = preprocessDrawing(alphaRaster(image.data, PAD_RESOLUTION, PAD_RESOLUTION), size);
    paintPreview(result.pixels);
    onInputRef.current(result.empty ? null : result.pixels);
  }, [size, paintPreview]);
  const sendInputRef = useRef(sendInput);

  // A new set: the same drawing is preprocessed the new way (nothing is sent for an empty pad).
  useEffect(() => {
    sendInputRef.current = sendInput;
    if (hasInk.current) sendInput();
    else paintPreview(new Uint8Array(size * size));
  }, [sendInput, paintPreview, size]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const schedule = () => {
    if (!frame.current) frame.current = requestAnimationFrame(() => sendInputRef.current());
  };

  const padContext = () => {
    const context = padRef.current?.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.strokeStyle = INK;
    context.fillStyle = INK;
    context.lineWidth = strokeWidthFor(PAD_RESOLUTION);
    context.lineCap = 'round';
    context.lineJoin = 'round';
    return context;
  };

  const pointOf = (event: { clientX: number; clientY: number }) =>
    canvasPoint(event.clientX, event.clientY, padRef.current!.getBoundingClientRect(), PAD_RESOLUTION);

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    // One stroke at a time (a second finger is ignored); a mouse draws with its main button only.
    if (pointerId.current !== null || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const context = padContext();
    if (!context) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    pointerId.current = event.pointerId;
    const point = pointOf(event);
    last.current = point;
    // A tap leaves a dot.
    context.beginPath();
    context.arc(point.x, point.y, context.lineWidth / 2, 0, 2 * Math.PI);
    context.fill();
    hasInk.current = true;
    schedule();
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.pointerId !== pointerId.current || !last.current) return;
    const context = padContext();
    if (!context) return;
    // The events the browser merged into this one, so a fast stroke stays smooth.
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
    context.beginPath();
    context.moveTo(last.current.x, last.current.y);
    for (const e of events.length > 0 ? events : [event]) {
      const point = pointOf(e);
      context.lineTo(point.x, point.y);
      last.current = point;
    }
    context.stroke();
    schedule();
  };

  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.pointerId !== pointerId.current) return;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    pointerId.current = null;
    last.current = null;
    schedule();
  };

  const clear = () => {
    padRef.current?.getContext('2d')?.clearRect(0, 0, PAD_RESOLUTION, PAD_RESOLUTION);
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    hasInk.current = false;
    paintPreview(new Uint8Array(size * size));
    onInputRef.current(null);
  };

  return (
    <div className="draw-digit">
      <div className="draw-pad-column">
        <canvas
          ref={padRef}
          className="draw-pad"
          width={PAD_RESOLUTION}
          height={PAD_RESOLUTION}
          role="img"
          aria-label="Draw a digit"
          aria-describedby={descriptionId}
          onPointerDown={start}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
        />
        <p id={descriptionId} className="draw-digit-hint">
          Draw a digit here with a mouse, pen or finger. Without a pointer, choose a test digit from the gallery
          instead: the network sees it the same way.
        </p>
        <button type="button" onClick={clear}>
          Clear drawing
        </button>
      </div>
      <figure className="draw-digit-preview">
        <canvas
          ref={previewRef}
          width={size}
          height={size}
          role="img"
          aria-label={`The ${size}×${size} input the network sees`}
        />
        <figcaption>What the network sees</figcaption>
      </figure>
    </div>
  );
}
