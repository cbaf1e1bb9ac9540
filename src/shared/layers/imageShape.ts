import type { PaddingName } from '../spec';
import { formatShape, shapeOk, shapeProblem, type Shape, type ShapeResult } from './layerKind';

/** An image shape [height, width, channels], or the sentence saying why the input is not one. */
export function asImage(input: Shape, what: string): { ok: true; height: number; width: number; channels: number } | { ok: false; result: ShapeResult } {
  if (input.length !== 3) return { ok: false, result: shapeProblem(`${what} needs an image [height, width, channels], not ${formatShape(input)}`) };
  const [height, width, channels] = input;
  return { ok: true, height, width, channels };
}

/**
 * Side of a convolution's or pool's output, as tfjs and Keras compute it: "same" pads so that only
 * the stride shrinks the side; "valid" uses whole windows only.
 */
export function outputSide(side: number, window: number, stride: number, padding: PaddingName): number {
  return padding === 'same' ? Math.ceil(side / stride) : Math.floor((side - window) / stride) + 1;
}

/** Slides a window × window over the image; says so when a "valid" window does not fit. */
export function slideWindow(input: Shape, what: string, window: number, stride: number, padding: PaddingName, channelsOut: (channels: number) => number): ShapeResult {
  const image = asImage(input, what);
  if (!image.ok) return image.result;
  const { height, width, channels } = image;
  if (padding === 'valid' && (window > height || window > width)) {
    return shapeProblem(`${what} of ${window}×${window} is larger than the ${height}×${width} input`);
  }
  return shapeOk([outputSide(height, window, stride, padding), outputSide(width, window, stride, padding), channelsOut(channels)]);
}
