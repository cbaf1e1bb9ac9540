import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_STACKS } from './defaultStacks';
import { DEFAULT_SPEC, cloneSpec } from './defaults';
import { describeAdjustments, reasonBook } from './adjustments';
import { fitInputsToData } from './fitInputs';
import { fitOutputToProblem } from './fitOutput';
import { inferShapes } from './layers/inferShapes';
import { validateSpec } from './specSchema';
import type { DatasetName, PlaygroundSpec } from './spec';

/** The learner picks a dataset; the page settles the rest, as the store does. */
function choose(from: PlaygroundSpec, dataset: DatasetName) {
  const chosen = cloneSpec(from);
  chosen.data.dataset = dataset;
  const spec = cloneSpec(chosen);
  const { because, reasons } = reasonBook();
  fitInputsToData(from, spec, because);
  fitOutputToProblem(spec, { because });
  return { spec, said: describeAdjustments(from, chosen, spec, reasons).map((a) => a.text) };
}

describe('the network follows the kind of example', () => {
  it('an image set gets its default CNN, a softmax output over 10 classes, and the page says so', () => {
    const { spec, said } = choose(DEFAULT_SPEC, 'digits8');
    expect(spec.network.hidden).toEqual(DEFAULT_IMAGE_STACKS.digits8);
    expect(spec.network.outputActivation).toBe('softmax');
    expect(inferShapes(spec).input).toEqual([8, 8, 1]);
    expect(inferShapes(spec).layers.at(-1)!.output).toEqual([10]);
    expect(validateSpec(spec).ok).toBe(true);
    expect(said.join(' ')).toMatch(/so the hidden layers are now conv 8×3² ReLU, max pool 2, flatten, 32 ReLU \(was 4 tanh, 2 tanh\)/);
  });

  it('an image set trains at first with Adam in batches, said as adjustments; a learner’s later choice stays', () => {
    const { spec, said } = choose(DEFAULT_SPEC, 'mnist');
    expect(spec.training).toMatchObject({ optimizer: 'adam', learningRate: 0.003, batchSize: 64 });
    expect(said.join(' ')).toMatch(/Images train in batches, with Adam, so the batch size is now 64 \(was 10\)/);
    const mine = cloneSpec(spec);
    mine.training.batchSize = 16;
    // From one image set to another where the network fits (MNIST's own 5×5 convolutions would not
    // fit 8×8 digits), the training settings are the learner's.
    mine.network.hidden = structuredClone(DEFAULT_IMAGE_STACKS.digits8);
    expect(choose(mine, 'digits8').spec.training.batchSize).toBe(16);
  });

  it('a sequence dataset gets one LSTM and the window as its example shape', () => {
    const { spec, said } = choose(DEFAULT_SPEC, 'sunspots');
    expect(spec.network.hidden.map((layer) => layer.kind)).toEqual(['lstm']);
    expect(spec.network.outputActivation).toBe('linear');
    expect(inferShapes(spec).input).toEqual([12, 1]);
    expect(said.join(' ')).toMatch(/Sequences need a layer that reads time steps/);
    expect(validateSpec(spec).ok).toBe(true);
  });

  it('MNIST gets its own, deeper default; back on points the dense default returns', () => {
    const mnist = choose(DEFAULT_SPEC, 'mnist').spec;
    expect(mnist.network.hidden).toEqual(DEFAULT_IMAGE_STACKS.mnist);
    expect(validateSpec(mnist).ok).toBe(true);
    const back = choose(mnist, 'circle');
    expect(back.spec.network.hidden).toEqual(DEFAULT_SPEC.network.hidden);
    expect(back.said.join(' ')).toMatch(/Rows of numbers do not go through convolutions/);
  });

  it('a CNN the learner made for 8×8 digits is kept on MNIST when it still fits', () => {
    const digits = choose(DEFAULT_SPEC, 'digits8').spec;
    digits.network.hidden[0] = { ...digits.network.hidden[0], filters: 5 } as (typeof digits.network.hidden)[number];
    const { spec, said } = choose(digits, 'mnist');
    expect(spec.network.hidden).toEqual(digits.network.hidden);
    expect(said.join(' ')).not.toMatch(/hidden layers/);
  });
});
