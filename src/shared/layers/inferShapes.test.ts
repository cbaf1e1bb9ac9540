import { describe, expect, it } from 'vitest';
import { compatibilityProblems } from '../compatibility';
import { DEFAULT_SPEC, cloneSpec } from '../defaults';
import { validateSpec } from '../specSchema';
import { decodeSpecFromQuery } from '../urlState';
import { inferLayerShapes, inferShapes, kindsThatFit, layerWidths } from './inferShapes';
import { defaultLayer, LAYER_KINDS, LAYER_REGISTRY } from './registry';

const dense = (units: number) => ({ ...defaultLayer('dense'), units });

describe('inferShapes', () => {
  it('walks the stack from the example shape: outputs, parameters per layer and in total', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.features = ['x1', 'x2', 'x1TimesX2'];
    spec.network.hidden = [dense(5), defaultLayer('dropout'), defaultLayer('batchNorm'), dense(2)];
    const shapes = inferShapes(spec);
    expect(shapes.input).toEqual([3]);
    expect(shapes.layers.map((l) => l.output)).toEqual([[5], [5], [5], [2], [1]]);
    // Keras's counts: (3+1)·5, 0, 4·5 (γ, β, moving mean and variance), (5+1)·2, (2+1)·1.
    expect(shapes.layers.map((l) => l.params)).toEqual([20, 0, 20, 12, 3]);
    expect(shapes.totalParams).toBe(55);
    expect(layerWidths(shapes)).toEqual([5, 5, 5, 2, 1]);
  });

  it('takes the input width of a table from its input columns, not from the point features', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.data.dataset = 'iris';
    spec.data.table = { fileName: 'iris.csv', inputs: ['a', 'b', 'c', 'd'], target: 't', task: 'classification', standardize: true, axes: ['a', 'b'], classNames: null };
    spec.network.features = ['x1'];
    spec.network.hidden = [dense(3)];
    const shapes = inferShapes(spec);
    expect(shapes.input).toEqual([4]);
    expect(shapes.layers[0].params).toBe((4 + 1) * 3);
  });

  it('says in words why a layer cannot take its input, and the spec is refused with that sentence', () => {
    const shapes = inferLayerShapes([28, 28, 1], [dense(4)]);
    expect(shapes.layers[0].output).toBeNull();
    expect(shapes.layers[0].problem).toMatch(/flat list of numbers, not \[28, 28, 1\]: put a Flatten layer before it/);
    expect(shapes.totalParams).toBe(0);
  });

  it('has no problem with a stack of every kind that takes points', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.hidden = [defaultLayer('dense'), defaultLayer('dropout'), defaultLayer('batchNorm')];
    expect(inferShapes(spec).layers.every((l) => l.problem === null)).toBe(true);
    expect(compatibilityProblems(spec)).toEqual([]);
    expect(validateSpec(spec).ok).toBe(true);
  });
});

describe('kindsThatFit', () => {
  it('offers points only the kinds that take points; image kinds need an image', () => {
    expect(kindsThatFit(DEFAULT_SPEC, 0)).toEqual(['dense', 'dropout', 'batchNorm']);
  });
});

describe('the layer registry', () => {
  it('has an entry for every kind, whose defaults pass its own schema', () => {
    for (const kind of LAYER_KINDS) {
      const entry = LAYER_REGISTRY[kind];
      expect(entry.kind).toBe(kind);
      expect(entry.schema.safeParse(entry.defaults()).success).toBe(true);
    }
  });

  it('reads links made before the registry: dense options, dropout and batch norm', () => {
    const { spec, notices } = decodeSpecFromQuery('layers=4:relu:init=he:slope=0.2:l2=0.001,dropout:0.3,batchnorm,2:tanh');
    expect(notices).toEqual([]);
    expect(spec.network.hidden).toEqual([
      { kind: 'dense', units: 4, activation: 'relu', initializer: 'he', leakySlope: 0.2, l1: 0, l2: 0.001 },
      { kind: 'dropout', rate: 0.3 },
      { kind: 'batchNorm' },
      { kind: 'dense', units: 2, activation: 'tanh', initializer: 'glorot', leakySlope: 0.01, l1: 0, l2: 0 },
    ]);
  });

  it('refuses an unknown layer in a link with a notice and keeps the default layers', () => {
    const { spec, notices } = decodeSpecFromQuery('layers=4:tanh,conv9:3');
    expect(notices.join(' ')).toMatch(/Ignored "layers=/);
    expect(spec.network.hidden).toEqual(DEFAULT_SPEC.network.hidden);
  });
});

describe('a dense layer after images', () => {
  it('is refused before training, with the place where a Flatten layer fixes it', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.data.dataset = 'digits8';
    spec.network.outputActivation = 'softmax';
    spec.training.loss = 'categoricalCrossEntropy';
    spec.network.hidden = [defaultLayer('conv2d'), defaultLayer('dense')];
    const problems = compatibilityProblems(spec);
    expect(problems[0]).toMatchObject({ path: ['network', 'hidden', '1'], insertFlattenAt: 1 });
    expect(problems[0].message).toMatch(/^Layer 2 cannot take its input: a dense layer takes a flat list of numbers, not \[8, 8, 8\]/);
    spec.network.hidden.splice(1, 0, defaultLayer('flatten'));
    expect(compatibilityProblems(spec)).toEqual([]);
  });
});
