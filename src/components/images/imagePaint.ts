import { COLOR_TABLE, colorIndex } from '../../charts/colorScale';

/** How a picture's numbers become colours: ink on white for images, or the signed accent scale. */
export type Paint = { kind: 'grey'; max: number } | { kind: 'signed'; maxAbs: number };

/** The paint for values: grey when none is negative (images, ReLU maps), signed otherwise, scaled to their extreme. */
export function paintFor(values: ArrayLike<number>): Paint {
  let [min, max] = [Infinity, -Infinity];
  for (let i = 0; i < values.length; i++) {
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  if (!(max > -Infinity)) return { kind: 'grey', max: 1 };
  return min >= 0 ? { kind: 'grey', max: max > 0 ? max : 1 } : { kind: 'signed', maxAbs: Math.max(-min, max) || 1 };
}

/** RGBA pixels (row-major) for `values`: grey from white (0) to near-black ink (max), or the signed table. */
export function paintPixels(values: ArrayLike<number>, paint: Paint): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const v = Number.isFinite(values[i]) ? values[i] : 0;
    if (paint.kind === 'grey') {
      const shade = Math.round(255 - (235 * Math.max(0, Math.min(1, v / paint.max))));
      rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = shade;
      rgba[i * 4 + 3] = 255;
    } else {
      const k = colorIndex(v / paint.maxAbs) * 4;
      for (let j = 0; j < 4; j++) rgba[i * 4 + j] = COLOR_TABLE[k + j];
    }
  }
  return rgba;
}

/** The mean over channels of channel-last values (H·W·C → H·W): one grey picture of a colour image or kernel stack. */
export function meanOverChannels(values: ArrayLike<number>, pixels: number, channels: number, channelFirst = false): Float32Array {
  const out = new Float32Array(pixels);
  for (let p = 0; p < pixels; p++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += values[channelFirst ? c * pixels + p : p * channels + c];
    out[p] = sum / channels;
  }
  return out;
}
