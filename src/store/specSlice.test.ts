import { beforeEach, describe, expect, it } from 'vitest';
import { usePlayground } from './store';

const store = () => usePlayground.getState();
beforeEach(() => usePlayground.setState({ ...usePlayground.getInitialState() }, true));

describe('choosing a multi-class dataset', () => {
  it('brings softmax and categorical cross-entropy, and says so', () => {
    store().setData('dataset', 'rings3');
    expect(store().spec.network.outputActivation).toBe('softmax');
    expect(store().spec.training.loss).toBe('categoricalCrossEntropy');
    expect(store().adjustments.map((a) => a.text).join(' ')).toMatch(/categorical cross-entropy/);
  });

  it('keeps a loss a teacher locked, while the output still follows the data', () => {
    store().setClassroom({ hidden: [], locked: ['loss'], challenge: [] });
    store().setData('dataset', 'rings3');
    expect(store().spec.network.outputActivation).toBe('softmax');
    expect(store().spec.training.loss).toBe('meanSquaredError');
  });
});

const said = () => store().adjustments.map((a) => a.text);
const IDENTIFIER = /meanSquaredError|categoricalCrossEntropy|binaryCrossEntropy|\bsoftmax\b.*instead|x1Squared|sinX2/;

describe('what the page changes on its own is said, in the page words, while it holds', () => {
  it('categorical cross-entropy brings softmax, and hinge takes it back to tanh, each said', () => {
    store().setTraining('loss', 'categoricalCrossEntropy');
    expect(store().spec.network.outputActivation).toBe('softmax');
    expect(said()).toEqual(['Categorical cross-entropy reads one probability per class, so the output is now Softmax (was Tanh).']);
    store().setTraining('loss', 'hinge');
    expect(store().spec.network.outputActivation).toBe('tanh');
    // The softmax sentence no longer holds: only the new one is shown.
    expect(said()).toEqual(['Hinge loss reads a score whose sign is the class, so the output is now Tanh (was Softmax).']);
    store().setTraining('learningRate', 0.1);
    expect(said()).toHaveLength(1);
    // Its cause undone, the sentence goes.
    store().setTraining('loss', 'meanSquaredError');
    expect(said()).toEqual([]);
  });

  it('choosing softmax by hand brings categorical cross-entropy; choosing another output ends the sentence', () => {
    store().setOutput({ outputActivation: 'softmax' });
    expect(said()).toEqual(['Softmax gives one probability per class, which categorical cross-entropy reads best, so the loss is now Categorical cross-entropy (was Mean squared error).']);
    store().setOutput({ outputActivation: 'sigmoid' });
    expect(store().spec.training.loss).toBe('binaryCrossEntropy');
    expect(said()).toEqual([
      'Categorical cross-entropy needs a softmax output with one unit per class, so the loss is now Binary cross-entropy (was Categorical cross-entropy).',
    ]);
  });

  it('a refused loss names what stays, with display names only', () => {
    store().setData('dataset', 'plane');
    expect(said()).toEqual(['A regression output must be able to take any value, so the output is now Linear (was Tanh).']);
    store().setTraining('loss', 'hinge');
    expect(store().spec.training.loss).toBe('meanSquaredError');
    // The Linear sentence still holds (the data and the output are unchanged), so it stays.
    expect(said()).toHaveLength(2);
    expect(said()[1]).toMatch(/^Hinge loss needs two classes .*, so the loss is Mean squared error, not Hinge\.$/);
    expect(said().join(' ')).not.toMatch(IDENTIFIER);
  });

  it('the noisy sine drops the x2 features and brings noise; a two-input dataset brings x2 back', () => {
    store().setData('dataset', 'sine');
    expect(store().spec.network.features).toEqual(['x1']);
    expect(store().spec.data.noise).toBeGreaterThan(0);
    expect(said()).toContain('This dataset has one input, x1 (x2 is always 0), so the input features are now x1 (was x1, x2).');
    expect(said().join(' ')).toMatch(/so the noise is now 20 \(was 0\)/);
    store().toggleFeature('sinX2', true);
    expect(store().spec.network.features).toEqual(['x1']);
    store().setData('dataset', 'xor');
    expect(store().spec.network.features).toEqual(['x1', 'x2']);
    expect(said()).toContain('Exclusive or (XOR) has two inputs, x1 and x2, so the input features are now x1, x2 (was x1).');
    // The sine's sentences no longer hold.
    expect(said().join(' ')).not.toMatch(/one input|noise/);
  });
});

describe('a table that arrives', () => {
  it('is used even when the dataset control is locked (it is not an edit of that control), and its output change is said', () => {
    store().setClassroom({ hidden: [], locked: ['dataset'], challenge: [] });
    const classNames = ['setosa', 'versicolor', 'virginica'];
    const roles = { fileName: 'iris.csv', inputs: ['a', 'b'], target: 'species', task: 'classification' as const, standardize: true, axes: ['a', 'b'], classNames };
    const data = { inputs: ['a', 'b'], x: new Float32Array(4), y: new Float32Array(2), rows: 2, task: 'classification' as const, classNames, standardization: null, droppedRows: 0 };
    store().useTable(roles, data);
    expect(store().spec.data.dataset).toBe('iris');
    expect(store().spec.network.outputActivation).toBe('softmax');
    expect(said()[0]).toBe('This dataset has 3 classes, which need a softmax output with one unit per class, so the output is now Softmax (was Tanh).');
  });
});

describe('a Train refused at the epoch limit', () => {
  it('is settled once the learner changes Epochs, either way, so lowering them later does not bring it back', () => {
    store().setStartRefusal({ epoch: 5, limit: 5 });
    store().setTraining('learningRate', 0.1);
    expect(store().startRefusal).not.toBeNull();
    store().setTraining('epochs', 12);
    expect(store().startRefusal).toBeNull();
  });

  it('goes with the run: a new run starts without it', () => {
    store().setStartRefusal({ epoch: 5, limit: 5 });
    store().setEngineInfo({ runId: store().runId + 1, backend: 'cpu', trials: [], message: null });
    expect(store().startRefusal).toBeNull();
  });
});
