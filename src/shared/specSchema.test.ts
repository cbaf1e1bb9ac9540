import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from './defaults';
import type { DenseLayerSpec } from './spec';
import { validateSpec } from './specSchema';

describe('validateSpec', () => {
  it('accepts the default spec', () => {
    expect(validateSpec(DEFAULT_SPEC)).toEqual({ ok: true, spec: DEFAULT_SPEC });
  });

  it.each([
    ['batch size 0', (s: typeof DEFAULT_SPEC) => (s.training.batchSize = 0), 'Batch size must be at least 1'],
    ['negative learning rate', (s: typeof DEFAULT_SPEC) => (s.training.learningRate = -1), 'Learning rate must be at least'],
    ['fractional units', (s: typeof DEFAULT_SPEC) => ((s.network.hidden[0] as DenseLayerSpec).units = 2.5), 'Units must be a whole number'],
    ['huge units', (s: typeof DEFAULT_SPEC) => ((s.network.hidden[0] as DenseLayerSpec).units = 1e9), 'Units must be at most 512'],
    ['no features', (s: typeof DEFAULT_SPEC) => (s.network.features = []), 'Pick at least one input feature'],
    ['too many layers', (s: typeof DEFAULT_SPEC) => (s.network.hidden = Array(11).fill(s.network.hidden[0])), 'At most 10 hidden layers'],
    ['unknown activation', (s: typeof DEFAULT_SPEC) => ((s.network.hidden[0] as { activation: string }).activation = 'swoosh'), 'Activation of a hidden layer must be one of'],
    ['NaN noise', (s: typeof DEFAULT_SPEC) => (s.data.noise = NaN), 'Noise must be a number'],
    ['softmax in a hidden layer', (s: typeof DEFAULT_SPEC) => ((s.network.hidden[0] as DenseLayerSpec).activation = 'softmax'), 'softmax belongs on the output'],
    ['relu output for classification', (s: typeof DEFAULT_SPEC) => (s.network.outputActivation = 'relu'), 'Output ReLU does not fit this dataset'],
    ['cross-entropy with tanh output', (s: typeof DEFAULT_SPEC) => (s.training.loss = 'binaryCrossEntropy'), 'Binary cross-entropy needs two classes and a sigmoid output'],
    ['categorical cross-entropy without softmax', (s: typeof DEFAULT_SPEC) => (s.training.loss = 'categoricalCrossEntropy'), 'Categorical cross-entropy needs a softmax output with one unit per class'],
    ['hinge on a sigmoid output', (s: typeof DEFAULT_SPEC) => ((s.network.outputActivation = 'sigmoid'), (s.training.loss = 'hinge')), 'Hinge loss needs two classes and a tanh or linear output'],
    ['three classes without softmax', (s: typeof DEFAULT_SPEC) => (s.data.dataset = 'spiral3'), '3 classes need a softmax output with one unit per class'],
    ['softmax for regression', (s: typeof DEFAULT_SPEC) => ((s.data.dataset = 'plane'), (s.network.outputActivation = 'softmax')), 'regression output must be able to take any value'],
    ['batch normalization with SGD', (s: typeof DEFAULT_SPEC) => ((s.network.hidden[1] = { kind: 'batchNorm' }), (s.training.optimizer = 'sgd')), 'Batch normalization in layer 2 needs batches of at least 2 points'],
    ['dropout rate of 1', (s: typeof DEFAULT_SPEC) => (s.network.hidden[1] = { kind: 'dropout', rate: 1 }), 'Dropout rate must be at most 0.9'],
    ['negative L2', (s: typeof DEFAULT_SPEC) => ((s.network.hidden[0] as DenseLayerSpec).l2 = -0.1), 'L2 must be at least 0'],
    ['β2 of 1', (s: typeof DEFAULT_SPEC) => (s.training.beta2 = 1), 'β2 must be at most'],
  ])('rejects %s with a clear message', (_name, mutate, message) => {
    const spec = cloneSpec(DEFAULT_SPEC);
    mutate(spec);
    const result = validateSpec(spec);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' | ')).toContain(message);
  });

  it('rejects things that are not specs at all', () => {
    for (const input of [null, 42, 'circle', [], {}, { data: {} }]) expect(validateSpec(input).ok).toBe(false);
  });

  it('accepts the combinations that do fit', () => {
    const fits: Array<(s: typeof DEFAULT_SPEC) => void> = [
      (s) => ((s.network.outputActivation = 'sigmoid'), (s.training.loss = 'binaryCrossEntropy')),
      (s) => ((s.data.dataset = 'spiral3'), (s.network.outputActivation = 'softmax'), (s.training.loss = 'categoricalCrossEntropy')),
      (s) => ((s.network.outputActivation = 'softmax'), (s.training.loss = 'categoricalCrossEntropy')),
      (s) => ((s.network.outputActivation = 'linear'), (s.training.loss = 'hinge')),
      (s) => ((s.data.dataset = 'plane'), (s.network.outputActivation = 'linear'), (s.training.loss = 'huber')),
      (s) => ((s.network.hidden[1] = { kind: 'batchNorm' }), (s.network.hidden.push({ kind: 'dropout', rate: 0.3 }))),
    ];
    for (const fit of fits) {
      const spec = cloneSpec(DEFAULT_SPEC);
      fit(spec);
      const result = validateSpec(spec);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });
});
