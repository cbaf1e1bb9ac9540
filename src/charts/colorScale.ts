import { interpolateRgb } from 'd3-interpolate';

/** One accent for negative values and one for positive, used by heatmaps, links and points alike. */
export const NEGATIVE_COLOR = '#e8710a';
export const POSITIVE_COLOR = '#1565c0';
const NEUTRAL_COLOR = '#f4f4f4';

const TABLE_SIZE = 256;

function tableOf(colorAt: (value: number) => string): Uint8ClampedArray {
  const table = new Uint8ClampedArray(TABLE_SIZE * 4);
  for (let i = 0; i < TABLE_SIZE; i++) {
    const [r, g, b] = colorAt((i / (TABLE_SIZE - 1)) * 2 - 1).match(/\d+/g)!.map(Number);
    table.set([r, g, b, 255], i * 4);
  }
  return table;
}

const toNegative = interpolateRgb(NEUTRAL_COLOR, NEGATIVE_COLOR);
const toPositive = interpolateRgb(NEUTRAL_COLOR, POSITIVE_COLOR);

/** RGBA table from value -1 (index 0) to +1 (last index), computed once. */
export const COLOR_TABLE: Uint8ClampedArray = tableOf((value) => (value < 0 ? toNegative(-value) : toPositive(value)));

export function colorIndex(value: number): number {
  const clamped = Math.max(-1, Math.min(1, Number.isFinite(value) ? value : 0));
  return Math.round(((clamped + 1) / 2) * (TABLE_SIZE - 1));
}

export function colorOf(value: number): string {
  const i = colorIndex(value) * 4;
  return `rgb(${COLOR_TABLE[i]},${COLOR_TABLE[i + 1]},${COLOR_TABLE[i + 2]})`;
}

/** Maps an activation's natural range onto -1..1 so that its midpoint is the neutral colour. */
export function toSignedRange(activation: string): (value: number) => number {
  return activation === 'sigmoid' || activation === 'softmax' ? (v) => v * 2 - 1 : (v) => v;
}

/** Class colours: class 0 and 1 use the negative and positive accents, so two classes look as before. */
export const CLASS_COLORS = [NEGATIVE_COLOR, POSITIVE_COLOR, '#2e7d32', '#8e24aa', '#c62828', '#00838f'];

export function classColor(index: number): string {
  return CLASS_COLORS[index % CLASS_COLORS.length];
}

/** RGB triples of the class colours, for painting canvases. */
export const CLASS_RGB: Array<[number, number, number]> = CLASS_COLORS.map((hex) => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
]);

const classTables = new Map<number, Uint8ClampedArray>();

/** A softmax unit's probability from 0 (white, at -1 after toSignedRange) to 1 (its class's colour). */
export function classColorTable(index: number): Uint8ClampedArray {
  let table = classTables.get(index);
  if (!table) {
    const toClass = interpolateRgb('#ffffff', classColor(index));
    classTables.set(index, (table = tableOf((value) => toClass((value + 1) / 2))));
  }
  return table;
}
