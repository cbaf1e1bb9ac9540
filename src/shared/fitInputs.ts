import { DATASET_LABELS } from './displayNames';
import type { Because } from './adjustments';
import { DEFAULT_IMAGE_STACKS, DEFAULT_IMAGE_TRAINING, DEFAULT_SEQUENCE_STACK, exampleKindOf } from './defaultStacks';
import { DEFAULT_SPEC } from './defaults';
import { inferShapes } from './layers/inferShapes';
import { FEATURE_NAMES, isImageDataset, isOneDimensional, isSequenceDataset, isTableDataset, type DataSpec, type FeatureName, type PlaygroundSpec } from './spec';

/** Features computed from x2: nothing but 0 when the data has one input. */
export const X2_FEATURES: readonly FeatureName[] = ['x2', 'x2Squared', 'x1TimesX2', 'sinX2'];

/** Said beside each x2 feature of one-input data (on hover or focus). */
export const ONE_INPUT_REASON = 'Not used here: this dataset has one input, x1 (x2 is always 0), so features of x2 are always 0.';

/** A noisy sine drawn without noise is a bare curve: the dataset starts with this much. */
export const ONE_INPUT_NOISE = 20;

/** True when the generated data has x1 only, so x2 features would feed the network zeros. */
export function x2IsUnused(data: Pick<DataSpec, 'dataset' | 'table'>): boolean {
  return !isTableDataset(data.dataset) && isOneDimensional(data);
}

/**
 * Fits the input features and noise to a newly chosen generated dataset: one-input data drops the x2
 * features and, from no noise at all, gets some; back on two-input data with no x2 feature left, x2
 * comes back. Changes `spec` in place and gives each reason to `because`.
 */
export function fitInputsToData(before: PlaygroundSpec, spec: PlaygroundSpec, because: Because): void {
  const dataset = spec.data.dataset;
  if (dataset === before.data.dataset) return;
  const cause = { path: 'data.dataset', value: dataset };
  fitNetworkToExamples(before, spec, because);
  if (isTableDataset(dataset) || isImageDataset(dataset) || isSequenceDataset(dataset)) return;
  if (x2IsUnused(spec.data)) {
    const kept = spec.network.features.filter((f) => !X2_FEATURES.includes(f));
    if (kept.length < spec.network.features.length) {
      spec.network.features = kept.length > 0 ? kept : ['x1'];
      because('network.features', 'This dataset has one input, x1 (x2 is always 0)', cause);
    }
    if (spec.data.noise === 0) {
      spec.data.noise = ONE_INPUT_NOISE;
      because('data.noise', 'A noisy sine needs some noise around its curve', cause);
    }
  } else if (x2IsUnused(before.data) && !spec.network.features.some((f) => X2_FEATURES.includes(f))) {
    spec.network.features = FEATURE_NAMES.filter((f) => f === 'x2' || spec.network.features.includes(f));
    because('network.features', `${DATASET_LABELS[dataset]} has two inputs, x1 and x2`, cause);
  }
}

/**
 * A network made for rows of numbers cannot read images, nor one made for 8×8 images 28×28 ones:
 * when the kind of example changes, the hidden layers become the new data's default stack.
 */
export function fitNetworkToExamples(before: PlaygroundSpec, spec: PlaygroundSpec, because: Because): void {
  const dataset = spec.data.dataset;
  if (exampleKindOf(dataset) === exampleKindOf(before.data.dataset)) return;
  const cause = { path: 'data.dataset', value: dataset };
  if (isSequenceDataset(dataset)) {
    spec.network.hidden = structuredClone(DEFAULT_SEQUENCE_STACK);
    because('network.hidden', 'Sequences need a layer that reads time steps: this data starts with an LSTM', cause);
  } else if (isImageDataset(dataset)) {
    // From one image set to another, a network that still fits the new size is the learner's to keep.
    const fits = isImageDataset(before.data.dataset) && inferShapes(spec).layers.every((layer) => layer.problem === null);
    if (fits) return;
    spec.network.hidden = structuredClone(DEFAULT_IMAGE_STACKS[dataset]);
    because('network.hidden', 'Images need layers that read images: this set starts with its own small convolutional network', cause);
    const training = DEFAULT_IMAGE_TRAINING[dataset];
    if (spec.training.optimizer !== training.optimizer || spec.training.learningRate !== training.learningRate || spec.training.batchSize !== training.batchSize) {
      Object.assign(spec.training, training);
      for (const key of ['optimizer', 'learningRate', 'batchSize'] as const) because(`training.${key}`, 'Images train in batches, with Adam', cause);
    }
  } else {
    spec.network.hidden = structuredClone(DEFAULT_SPEC.network.hidden);
    because('network.hidden', 'Rows of numbers do not go through convolutions', cause);
  }
}
