import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from './defaults';
import { defaultLayer } from './layers/registry';
import type { DenseLayerSpec, PlaygroundSpec } from './spec';
import fc from 'fast-check';
import { validateSpec } from './specSchema';
import { decodeSpecFromQuery, encodeSpecToQuery, URL_FIELDS } from './urlState';

function customSpec(): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data = { dataset: 'spiral', noise: 25, trainPercent: 70, numPoints: 800, dataSeed: 99, table: null, window: 20 };
  const base = defaultLayer('dense') as DenseLayerSpec;
  spec.network = {
    features: ['x1', 'x2', 'sinX1', 'sinX2'],
    hidden: [
      { ...base, units: 8, activation: 'relu', initializer: 'he', l2: 0.001 },
      { kind: 'dropout', rate: 0.25 },
      { ...base, units: 3, activation: 'leakyRelu', leakySlope: 0.2, l1: 0.01 },
      { kind: 'batchNorm' },
      { ...base, units: 64, activation: 'gelu', initializer: 'zeros' },
    ],
    outputActivation: 'sigmoid',
    outputInitializer: 'uniform01',
  };
  spec.training = {
    loss: 'binaryCrossEntropy',
    optimizer: 'adamax',
    learningRate: 0.0015,
    batchSize: 32,
    epochs: 250,
    seed: 123456,
    backend: 'wasm',
    momentum: 0.5,
    beta1: 0.8,
    beta2: 0.99,
    epsilon: 1e-5,
    rho: 0.95,
    gradientClip: 2.5,
  };
  return spec;
}

describe('URL state', () => {
  it('round-trips the default and a customised spec exactly', () => {
    for (const spec of [DEFAULT_SPEC, customSpec()]) {
      const decoded = decodeSpecFromQuery(encodeSpecToQuery(spec));
      expect(decoded.notices).toEqual([]);
      expect(decoded.spec).toEqual(spec);
    }
  });

  it('round-trips zero hidden layers and unlimited epochs', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.hidden = [];
    spec.training.epochs = null;
    expect(decodeSpecFromQuery(encodeSpecToQuery(spec)).spec).toEqual(spec);
  });

  it('gives the default spec for an empty query, without notices', () => {
    expect(decodeSpecFromQuery('')).toEqual({ spec: DEFAULT_SPEC, notices: [] });
  });

  it('replaces each invalid value by its default, keeps the valid ones, and says so', () => {
    const { spec, notices } = decodeSpecFromQuery('?lr=abc&batch=0&seed=5&noise=1e9&layers=3:relu,x:tanh&epochs=-3');
    expect(spec.training.learningRate).toBe(DEFAULT_SPEC.training.learningRate);
    expect(spec.training.batchSize).toBe(DEFAULT_SPEC.training.batchSize);
    expect(spec.data.noise).toBe(DEFAULT_SPEC.data.noise);
    expect(spec.network.hidden).toEqual(DEFAULT_SPEC.network.hidden);
    expect(spec.training.epochs).toBe(DEFAULT_SPEC.training.epochs);
    expect(spec.training.seed).toBe(5);
    expect(notices).toHaveLength(5);
    expect(notices.join('\n')).toMatch(/lr=abc/);
  });

  it('resolves values that do not fit together by falling back on the offending one', () => {
    const { spec, notices } = decodeSpecFromQuery('?dataset=plane&output=sigmoid&loss=binaryCrossEntropy');
    expect(spec.data.dataset).toBe('plane');
    expect(spec.network.outputActivation).toBe('linear');
    expect(spec.training.loss).toBe('meanSquaredError');
    expect(notices.length).toBeGreaterThan(0);
  });

  it('says each setting the page changed to fit the dataset in whole sentences, as the store does', () => {
    expect(decodeSpecFromQuery('?dataset=blobs4').notices).toEqual([
      'This dataset has 4 classes, which need a softmax output with one unit per class, so the output is now Softmax (was Tanh).',
      'Softmax gives one probability per class, which categorical cross-entropy reads best, so the loss is now Categorical cross-entropy (was Mean squared error).',
    ]);
    expect(decodeSpecFromQuery('?dataset=plane&loss=hinge').notices).toEqual([
      'A regression output must be able to take any value, so the output is now Linear (was Tanh).',
      'Hinge loss needs two classes and a tanh or linear output (a score whose sign is the class), so the loss is Mean squared error, not Hinge.',
    ]);
  });

  it('reads layers written in the first format ("4:tanh") and refuses unknown layer options', () => {
    expect(decodeSpecFromQuery('?layers=4:tanh,2:relu').spec.network.hidden).toEqual([
      { ...defaultLayer('dense'), units: 4, activation: 'tanh' },
      { ...defaultLayer('dense'), units: 2, activation: 'relu' },
    ]);
    expect(decodeSpecFromQuery('?layers=4:tanh:bogus=1').notices[0]).toMatch(/layers=/);
    expect(decodeSpecFromQuery('?layers=4:softmax').notices[0]).toMatch(/softmax belongs on the output/);
  });

  it('opens an image set named without layers with the set’s own CNN, and keeps the layers a link names', () => {
    const { spec, notices } = decodeSpecFromQuery('dataset=digits8');
    expect(spec.data.dataset).toBe('digits8');
    expect(spec.network.hidden.map((layer) => layer.kind)).toEqual(['conv2d', 'maxPool2d', 'flatten', 'dense']);
    expect(notices.join(' ')).toContain('Images need layers that read images');
    const named = decodeSpecFromQuery('dataset=digits8&layers=flatten,16:relu');
    expect(named.spec.network.hidden.map((layer) => layer.kind)).toEqual(['flatten', 'dense']);
  });

  it('shortens absurdly long values in notices', () => {
    const { notices } = decodeSpecFromQuery(`?dataset=${'x'.repeat(5000)}`);
    expect(notices[0].length).toBeLessThan(300);
  });
});

describe('URL state against hostile input', () => {
  it('never throws and always yields a valid spec, whatever the query', () => {
    const keys = URL_FIELDS.map((f) => f.key);
    const value = fc.oneof(fc.string(), fc.constantFrom('NaN', '-1', '1e309', '0', '', 'unlimited', '<script>alert(1)</script>', '{"inputs":[]}', '4:tanh,x'), fc.double().map(String));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), value), { maxLength: 12 }), (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const { spec, notices } = decodeSpecFromQuery(query);
        expect(validateSpec(spec).ok).toBe(true);
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips every valid spec it produces', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...URL_FIELDS.map((f) => f.key)), fc.string()), { maxLength: 6 }), (pairs) => {
        const { spec } = decodeSpecFromQuery(new URLSearchParams(pairs).toString());
        const again = decodeSpecFromQuery(encodeSpecToQuery(spec));
        expect(again.notices).toEqual([]);
        expect(again.spec).toEqual({ ...spec, data: { ...spec.data, table: spec.data.table && { ...spec.data.table, classNames: null } } });
      }),
      { numRuns: 200 },
    );
  });
});

describe('URL numbers', () => {
  it('read "-0" as 0, so that the value round-trips (found by the property test above)', () => {
    const { spec } = decodeSpecFromQuery('seed=-0');
    expect(Object.is(spec.training.seed, 0)).toBe(true);
    expect(decodeSpecFromQuery(encodeSpecToQuery(spec)).spec).toEqual(spec);
  });
});
