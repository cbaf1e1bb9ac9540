import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../shared/defaults';
import { defaultLayer } from '../../shared/layers/registry';
import type { PlaygroundSpec } from '../../shared/spec';
import { compareSpecs, describeLayers, differencesOf, sharedSentence } from './specDifferences';

function variant(change: (spec: PlaygroundSpec) => void): PlaygroundSpec {
  const spec = structuredClone(DEFAULT_SPEC);
  change(spec);
  return spec;
}

const adam = variant((s) => (s.training.optimizer = 'adam'));

describe('what differed among runs', () => {
  it('names the optimizer for SGD against Adam, with the human labels, and states the rest once', () => {
    const comparison = compareSpecs([DEFAULT_SPEC, adam]);
    expect(comparison.differed).toEqual([{ label: 'Optimizer', values: ['Mini-batch SGD', 'Adam'] }]);
    expect(differencesOf(comparison, 0)).toBe('Optimizer: Mini-batch SGD');
    expect(differencesOf(comparison, 1)).toBe('Optimizer: Adam');
    const same = sharedSentence(comparison, 2);
    expect(same).toMatch(/^Same: Circle; noise 0; 500 points; 50% for training; data seed 1; features x1, x2; layers 4, 2 tanh; output Tanh;/);
    expect(same).toContain('Mean squared error; learning rate 0.03; batch size 10');
    expect(same).toMatch(/seed 1$/);
    // Adam's β1 does not apply to SGD: not listed as a difference nor as shared.
    expect(same).not.toContain('β1');
  });

  it('lists several differences for each run, in page order', () => {
    const other = variant((s) => {
      s.training.learningRate = 0.1;
      s.training.seed = 7;
      s.data.noise = 20;
      s.network.hidden = [defaultLayer('dense'), defaultLayer('dense'), defaultLayer('dense')];
    });
    const comparison = compareSpecs([DEFAULT_SPEC, other]);
    expect(comparison.differed.map((d) => d.label)).toEqual(['Noise', 'Layers', 'Learning rate', 'Seed']);
    expect(differencesOf(comparison, 1)).toBe('Noise: 20; Layers: 4, 4, 4 tanh; Learning rate: 0.1; Seed: 7');
  });

  it('compares optimizer settings between runs of the same optimizer', () => {
    const slower = variant((s) => {
      s.training.optimizer = 'adam';
      s.training.beta1 = 0.5;
    });
    expect(compareSpecs([adam, slower]).differed).toEqual([{ label: 'β1', values: ['0.9', '0.5'] }]);
  });

  it('says the batch size a run really used', () => {
    const batch = variant((s) => (s.training.optimizer = 'batchGd'));
    const sgd = variant((s) => (s.training.optimizer = 'sgd'));
    const comparison = compareSpecs([DEFAULT_SPEC, batch, sgd]);
    expect(comparison.differed.find((d) => d.label === 'Batch size')?.values).toEqual(['10', '250', '1']);
  });

  it('leaves out what a table dataset does not have', () => {
    const iris = variant((s) => {
      s.data.dataset = 'iris';
      s.data.table = { fileName: 'iris.csv', inputs: ['petal length', 'petal width'], target: 'species', task: 'classification', standardize: true, axes: ['petal length', 'petal width'], classNames: null };
      s.network.outputActivation = 'softmax';
      s.training.loss = 'categoricalCrossEntropy';
    });
    const comparison = compareSpecs([DEFAULT_SPEC, iris]);
    expect(comparison.differed.map((d) => d.label)).toEqual(['Dataset', 'Output', 'Loss']);
    expect(differencesOf(comparison, 1)).toBe('Dataset: Iris (table, 3 classes); Output: Softmax; Loss: Categorical cross-entropy');
  });

  it('describes a lone run by all its settings, and no runs by nothing', () => {
    expect(sharedSentence(compareSpecs([adam]), 1)).toMatch(/^Settings: Circle; .*Adam; .*β1 0\.9; β2 0\.999; ε 1e-7; clipping off; seed 1$/);
    expect(compareSpecs([])).toEqual({ differed: [], same: [] });
    expect(sharedSentence(compareSpecs([]), 0)).toBe('');
  });
});

describe('layers in words', () => {
  it('reads like the diagram', () => {
    expect(describeLayers(DEFAULT_SPEC.network.hidden)).toBe('4, 2 tanh');
    expect(describeLayers([])).toBe('no hidden layer');
    const relu = { ...(defaultLayer('dense') as Extract<ReturnType<typeof defaultLayer>, { kind: 'dense' }>), units: 8, activation: 'relu' as const };
    expect(describeLayers([relu, { kind: 'dropout', rate: 0.2 }, defaultLayer('dense')])).toBe('8 ReLU, dropout 0.2, 4 tanh');
    expect(describeLayers([{ ...relu, activation: 'leakyRelu', leakySlope: 0.1 }])).toBe('8 Leaky ReLU (slope 0.1)');
  });
});
