import { describe, expect, it } from 'vitest';
import { describeAdjustments, mergeAdjustments, reasonBook, stillHolds } from './adjustments';
import { DEFAULT_SPEC } from './defaults';

const copy = () => structuredClone(DEFAULT_SPEC);

describe('describeAdjustments', () => {
  it('says a setting the learner left alone as "now … (was …)", with display names', () => {
    const settled = copy();
    settled.training.loss = 'categoricalCrossEntropy';
    const { because, reasons } = reasonBook();
    because('training.loss', 'Softmax wants it', { path: 'network.outputActivation', value: 'softmax' });
    expect(describeAdjustments(copy(), copy(), settled, reasons)).toEqual([
      {
        text: 'Softmax wants it, so the loss is now Categorical cross-entropy (was Mean squared error).',
        setting: 'training.loss',
        value: 'categoricalCrossEntropy',
        cause: { path: 'network.outputActivation', value: 'softmax' },
      },
    ]);
  });

  it('says a refused choice as "is …, not …", and nothing for a setting that ends as chosen', () => {
    const chosen = copy();
    chosen.training.loss = 'hinge';
    const { because, reasons } = reasonBook();
    because('training.loss', 'Hinge needs two classes');
    because('network.outputActivation', 'never changed in the end');
    expect(describeAdjustments(copy(), chosen, copy(), reasons).map((a) => a.text)).toEqual(['Hinge needs two classes, so the loss is Mean squared error, not Hinge.']);
  });
});

describe('stillHolds and mergeAdjustments', () => {
  const adjustment = { text: 'x', setting: 'network.outputActivation' as const, value: 'softmax', cause: { path: 'training.loss', value: 'categoricalCrossEntropy' } };
  it('holds while the value and its cause stand', () => {
    const spec = copy();
    spec.network.outputActivation = 'softmax';
    spec.training.loss = 'categoricalCrossEntropy';
    expect(stillHolds(adjustment, spec)).toBe(true);
    expect(stillHolds(adjustment, { ...spec, training: { ...spec.training, loss: 'huber' } })).toBe(false);
    expect(stillHolds(adjustment, copy())).toBe(false);
  });

  it('keeps earlier sentences that hold, unless a new one is about the same setting', () => {
    const spec = copy();
    spec.network.outputActivation = 'softmax';
    spec.training.loss = 'categoricalCrossEntropy';
    const newer = { ...adjustment, text: 'y' };
    expect(mergeAdjustments([adjustment], [], spec)).toEqual([adjustment]);
    expect(mergeAdjustments([adjustment], [newer], spec)).toEqual([newer]);
    expect(mergeAdjustments([adjustment], [], copy())).toEqual([]);
  });
});
