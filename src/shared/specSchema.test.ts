import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from './defaults';
import { validateSpec } from './specSchema';

describe('validateSpec', () => {
  it('accepts the default spec', () => {
    expect(validateSpec(DEFAULT_SPEC)).toEqual({ ok: true, spec: DEFAULT_SPEC });
  });

  it.each([
    ['batch size 0', (s: typeof DEFAULT_SPEC) => (s.training.batchSize = 0), 'Batch size must be at least 1'],
    ['negative learning rate', (s: typeof DEFAULT_SPEC) => (s.training.learningRate = -1), 'Learning rate must be at least'],
    ['fractional units', (s: typeof DEFAULT_SPEC) => (s.network.hidden[0].units = 2.5), 'Units must be a whole number'],
    ['huge units', (s: typeof DEFAULT_SPEC) => (s.network.hidden[0].units = 1e9), 'Units must be at most 256'],
    ['no features', (s: typeof DEFAULT_SPEC) => (s.network.features = []), 'Pick at least one input feature'],
    ['too many layers', (s: typeof DEFAULT_SPEC) => (s.network.hidden = Array(11).fill(s.network.hidden[0])), 'At most 10 hidden layers'],
    ['unknown activation', (s: typeof DEFAULT_SPEC) => ((s.network.hidden[0] as { activation: string }).activation = 'swoosh'), 'Activation must be one of'],
    ['NaN noise', (s: typeof DEFAULT_SPEC) => (s.data.noise = NaN), 'Noise must be a number'],
    ['linear output for classification', (s: typeof DEFAULT_SPEC) => (s.network.outputActivation = 'linear'), 'classification output must be tanh or sigmoid'],
    ['cross-entropy with tanh output', (s: typeof DEFAULT_SPEC) => (s.training.loss = 'binaryCrossEntropy'), 'Binary cross-entropy needs a sigmoid output'],
    ['tanh output for regression', (s: typeof DEFAULT_SPEC) => (s.data.dataset = 'plane'), 'regression output must be linear'],
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

  it('accepts cross-entropy with a sigmoid output', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.outputActivation = 'sigmoid';
    spec.training.loss = 'binaryCrossEntropy';
    expect(validateSpec(spec).ok).toBe(true);
  });
});
