import { beforeEach, describe, expect, it } from 'vitest';
import { usePlayground } from './store';

const store = () => usePlayground.getState();
beforeEach(() => usePlayground.setState({ ...usePlayground.getInitialState() }, true));

describe('choosing a multi-class dataset', () => {
  it('brings softmax and categorical cross-entropy, and says so', () => {
    store().setData('dataset', 'rings3');
    expect(store().spec.network.outputActivation).toBe('softmax');
    expect(store().spec.training.loss).toBe('categoricalCrossEntropy');
    expect(store().adjustments.join(' ')).toMatch(/categorical cross-entropy/);
  });

  it('keeps a loss a teacher locked, while the output still follows the data', () => {
    store().setClassroom({ hidden: [], locked: ['loss'], challenge: [] });
    store().setData('dataset', 'rings3');
    expect(store().spec.network.outputActivation).toBe('softmax');
    expect(store().spec.training.loss).toBe('meanSquaredError');
  });
});
