import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from '../../shared/defaults';
import type { SequenceDatasetName } from '../../shared/spec';
import { sequenceRows } from './sequenceData';
import { nextAtEveryStep } from './stepTargets';

const dataOf = (dataset: SequenceDatasetName) => ({ ...cloneSpec(DEFAULT_SPEC).data, dataset, numPoints: 60, window: 5, trainPercent: 50 });

describe('targets at every step', () => {
  it('are what follows each step of each window', () => {
    expect(Array.from(nextAtEveryStep([10, 11, 12, 13, 14, 15], 3, 1, 3))).toEqual([12, 13, 14, 13, 14, 15]);
  });

  for (const dataset of ['sineWave', 'memory', 'characters'] as const) {
    it(`${dataset}: the last step's target is the window's own target, and the inputs do not change`, () => {
      const data = dataOf(dataset);
      const once = sequenceRows(data, dataset);
      const every = sequenceRows(data, dataset, true);
      for (const part of ['train', 'test'] as const) {
        const [single, stepwise] = [once[part], every[part]];
        expect(stepwise.x).toEqual(single.x);
        expect(stepwise.targets.kind).toBe('perStep');
        if (stepwise.targets.kind !== 'perStep') return;
        expect(stepwise.targets.steps).toBe(5);
        expect(stepwise.targets.values).toHaveLength(single.count * 5);
        for (let i = 0; i < single.count; i++) expect(stepwise.targets.values[i * 5 + 4]).toBe(single.targets.values[i]);
      }
    });
  }

  it('a forecast window\'s targets are its own inputs shifted by one step', () => {
    const { train } = sequenceRows(dataOf('sineWave'), 'sineWave', true);
    const targets = train.targets.values;
    for (let i = 0; i < train.count; i++) for (let t = 0; t < 4; t++) expect(targets[i * 5 + t]).toBe(train.x[i * 5 + t + 1]);
  });
});
