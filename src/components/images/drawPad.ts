/*
 * Pure helpers of the drawing pad (no DOM calls): where a pointer lands on the canvas, how thick a
 * stroke is, and how the network's input is painted for the learner to see.
 */

/** The pad's own resolution: ten drawing pixels per MNIST pixel; CSS scales it to fit the page. */
export const PAD_RESOLUTION = 280;

/*
 * A pen about as thick, relative to the pad, as a pen stroke on the forms the sets were made from:
 * once the digit is scaled into its 20×20 box, a stroke is two to three pixels wide, like MNIST's.
 */
export function strokeWidthFor(resolution: number): number {
  return Math.round(resolution / 14);
}

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A pointer's client position in the canvas's own pixels, whatever size CSS shows the canvas at. */
export function canvasPoint(clientX: number, clientY: number, rect: Rect, resolution: number): { x: number; y: number } {
  if (rect.width <= 0 || rect.height <= 0) return { x: 0, y: 0 };
  return {
    x: ((clientX - rect.left) / rect.width) * resolution,
    y: ((clientY - rect.top) / rect.height) * resolution,
  };
}

/** RGBA pixels (for ImageData) of grey levels, ink (255) dark on a white ground like the pad. */
export function inputToRgba(pixels: ArrayLike<number>): Uint8ClampedArray<ArrayBuffer> {
  const rgba = new Uint8ClampedArray(pixels.length * 4);
  for (let i = 0; i < pixels.length; i++) {
    const shade = 255 - pixels[i];
    rgba[i * 4] = shade;
    rgba[i * 4 + 1] = shade;
    rgba[i * 4 + 2] = shade;
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}
