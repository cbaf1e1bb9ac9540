import { describe, expect, it } from 'vitest';
import type { MemoryReach } from '../../shared/sequencePictures';
import { KEPT_CURVES, keepCurve, reachInWords, type ReachCurve } from './reachCurves';

const reach = (accuracy: number[]): MemoryReach => ({ lengths: accuracy.map((_, i) => 2 * (i + 1)), accuracy, window: 4, sequences: 64 });
const curve = (label: string, accuracy = [0.5]): ReachCurve => ({ label, reach: reach(accuracy) });

describe('reach curves', () => {
  it('replaces the same network\'s curve and keeps other networks\' latest, the current one last', () => {
    let curves = keepCurve([], curve('Simple RNN 16 · trained on T = 40', [0.5]));
    curves = keepCurve(curves, curve('LSTM 16 · trained on T = 40', [0.6]));
    curves = keepCurve(curves, curve('LSTM 16 · trained on T = 40', [1]));
    expect(curves.map((c) => [c.label, c.reach.accuracy[0]])).toEqual([
      ['Simple RNN 16 · trained on T = 40', 0.5],
      ['LSTM 16 · trained on T = 40', 1],
    ]);
  });

  it('keeps at most a few earlier networks', () => {
    let curves: ReachCurve[] = [];
    for (let k = 0; k < 6; k++) curves = keepCurve(curves, curve(`net ${k}`));
    expect(curves.map((c) => c.label)).toEqual(['net 2', 'net 3', 'net 4', 'net 5']);
    expect(curves).toHaveLength(KEPT_CURVES + 1);
  });

  it('says a curve in words', () => {
    expect(reachInWords(reach([1, 0.984, 0.52]))).toBe('100 % at T = 2, 98 % at T = 4, 52 % at T = 6');
  });
});
