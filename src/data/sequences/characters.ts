import { CHARACTER_ALPHABET } from '../../shared/characters';
import type { LabelledSet, SequencePreview, Targets } from '../../shared/dataContract';
import type { DataSpec } from '../../shared/spec';
import { trainCount } from '../../shared/trainCount';
import { RHYMES } from './rhymes';
import { nextAtEveryStep } from './stepTargets';

/** The rhymes as the network reads them: lower case, only the alphabet's characters ("?" and "!" end a sentence). */
export function normalisedText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[?!;:]/g, '.')
    .replace(/['’]/g, '')
    .replace(/-/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .split('')
    .filter((char) => CHARACTER_ALPHABET.includes(char))
    .join('');
}

export const CHARACTER_TEXT = normalisedText(RHYMES);

/** Each character as its index in the alphabet. */
export const encodeText = (text: string): Uint8Array => Uint8Array.from(text, (char) => CHARACTER_ALPHABET.indexOf(char));

/**
 * Next-character prediction: every window of T characters, one-hot, with the character after it as
 * its class. Split in time: the last rhymes are the test part, never seen while training.
 */
export function characterRows(data: DataSpec, perStep = false): { train: LabelledSet<Float32Array>; test: LabelledSet<Float32Array>; preview: SequencePreview } {
  const codes = encodeText(CHARACTER_TEXT);
  const T = data.window;
  const K = CHARACTER_ALPHABET.length;
  const count = Math.max(0, codes.length - T);
  const trainWindows = trainCount(count, data.trainPercent);
  const part = (from: number, to: number): LabelledSet<Float32Array> => {
    const x = new Float32Array((to - from) * T * K);
    for (let i = from; i < to; i++) for (let t = 0; t < T; t++) x[((i - from) * T + t) * K + codes[i + t]] = 1;
    const targets: Targets = perStep
      ? { kind: 'perStep', steps: T, values: nextAtEveryStep(codes, T, from, to) }
      : { kind: 'class', classes: K, values: Float32Array.from(codes.subarray(from + T, to + T)) };
    return { x, targets, count: to - from };
  };
  return {
    train: part(0, trainWindows),
    test: part(trainWindows, count),
    preview: { kind: 'text', text: CHARACTER_TEXT, alphabet: [...CHARACTER_ALPHABET], testStart: trainWindows + T, window: T, trainCount: trainWindows, testCount: count - trainWindows },
  };
}
