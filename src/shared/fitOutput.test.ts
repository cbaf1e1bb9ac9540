import { describe, expect, it } from 'vitest';
import { compatibilityProblems } from './compatibility';
import { reasonBook } from './adjustments';
import { fitOutputToProblem } from './fitOutput';
import { DEFAULT_SPEC } from './defaults';
import type { PlaygroundSpec } from './spec';

/** The reasons given, by setting, when the problem's output is fitted. */
const fitted = (spec: PlaygroundSpec, options: { lossLocked?: boolean } = {}) => {
  const { because, reasons } = reasonBook();
  fitOutputToProblem(spec, { ...options, because });
  return [...reasons.values()].map((r) => r.reason);
};

const withDataset = (spec: PlaygroundSpec, dataset: PlaygroundSpec['data']['dataset']): PlaygroundSpec => {
  const changed = structuredClone(spec);
  changed.data.dataset = dataset;
  return changed;
};

describe('fitOutputToProblem', () => {
  it('a multi-class dataset brings softmax and, from the default loss, categorical cross-entropy', () => {
    const spec = withDataset(DEFAULT_SPEC, 'blobs4');
    expect(spec.training.loss).toBe('meanSquaredError');
    const changes = fitted(spec);
    expect(spec.network.outputActivation).toBe('softmax');
    expect(spec.training.loss).toBe('categoricalCrossEntropy');
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatch(/categorical cross-entropy/);
  });

  it('going back to two classes keeps the pair, which still fits (a two-unit softmax)', () => {
    const spec = withDataset(DEFAULT_SPEC, 'rings3');
    fitOutputToProblem(spec);
    const back = withDataset(spec, 'circle');
    expect(fitted(back)).toEqual([]);
    expect([back.network.outputActivation, back.training.loss]).toEqual(['softmax', 'categoricalCrossEntropy']);
    expect(compatibilityProblems(back)).toEqual([]);
  });

  it('leaves a chosen softmax with mean squared error alone, and any other chosen loss', () => {
    const chosen = withDataset(DEFAULT_SPEC, 'blobs4');
    chosen.network.outputActivation = 'softmax';
    expect(fitted(chosen)).toEqual([]);
    expect(chosen.training.loss).toBe('meanSquaredError');
    const absolute = withDataset(DEFAULT_SPEC, 'blobs4');
    absolute.training.loss = 'meanAbsoluteError';
    fitOutputToProblem(absolute);
    expect(absolute.network.outputActivation).toBe('softmax');
    expect(absolute.training.loss).toBe('meanAbsoluteError');
  });

  it('keeps a locked loss: the switch to cross-entropy is a preference, not a necessity', () => {
    const spec = withDataset(DEFAULT_SPEC, 'blobs4');
    const changes = fitted(spec, { lossLocked: true });
    expect(spec.network.outputActivation).toBe('softmax');
    expect(spec.training.loss).toBe('meanSquaredError');
    expect(changes).toHaveLength(1);
  });
});
