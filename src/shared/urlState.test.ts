import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from './defaults';
import type { PlaygroundSpec } from './spec';
import { decodeSpecFromQuery, encodeSpecToQuery } from './urlState';

function customSpec(): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data = { dataset: 'spiral', noise: 25, trainPercent: 70, numPoints: 800, dataSeed: 99 };
  spec.network = {
    features: ['x1', 'x2', 'sinX1', 'sinX2'],
    hidden: [
      { kind: 'dense', units: 8, activation: 'relu' },
      { kind: 'dense', units: 3, activation: 'sigmoid' },
      { kind: 'dense', units: 64, activation: 'linear' },
    ],
    outputActivation: 'sigmoid',
  };
  spec.training = { loss: 'binaryCrossEntropy', optimizer: 'adam', learningRate: 0.0015, batchSize: 32, epochs: 250, seed: 123456, backend: 'wasm' };
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
    const { spec, notices } = decodeSpecFromQuery('?dataset=plane&output=tanh&loss=binaryCrossEntropy');
    expect(spec.data.dataset).toBe('plane');
    expect(spec.network.outputActivation).toBe('linear');
    expect(spec.training.loss).toBe('meanSquaredError');
    expect(notices.length).toBeGreaterThan(0);
  });

  it('shortens absurdly long values in notices', () => {
    const { notices } = decodeSpecFromQuery(`?dataset=${'x'.repeat(5000)}`);
    expect(notices[0].length).toBeLessThan(300);
  });
});
