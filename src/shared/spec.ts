// The playground's configuration: plain, serialisable data shared by the UI and the engine.

import { CHARACTER_ALPHABET } from './characters';
import { trainCount } from './trainCount';
import type { LayerSpec } from './layers/registry';

export const BINARY_DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'checkerboard'] as const;
export const MULTICLASS_DATASETS = ['spiral3', 'rings3', 'blobs4', 'blobs6'] as const;
export const REGRESSION_DATASETS = ['plane', 'multigauss', 'sine'] as const;
/** Datasets whose label depends on x1 alone (x2 is 0): shown as a curve, not a plane. */
export const ONE_DIMENSIONAL_DATASETS: readonly string[] = ['sine'];
export const GENERATED_DATASETS = [...BINARY_DATASETS, ...MULTICLASS_DATASETS, ...REGRESSION_DATASETS] as const;
export type GeneratedDataset = (typeof GENERATED_DATASETS)[number];
/** Tables: the shipped Iris file, or a CSV the learner uploads. Their rows never go into links. */
export const TABLE_DATASETS = ['iris', 'upload'] as const;
export type TableDatasetName = (typeof TABLE_DATASETS)[number];
/** Images shipped with the page (public/datasets): a fixed train/test split each, never in links. */
export const IMAGE_DATASETS = ['digits8', 'mnist'] as const;
export type ImageDatasetName = (typeof IMAGE_DATASETS)[number];
/** One example of each image set: [height, width, channels]. */
export const IMAGE_SHAPES: Record<ImageDatasetName, [number, number, number]> = { digits8: [8, 8, 1], mnist: [28, 28, 1] };
/** Series to forecast (the next value from a window of past ones), generated from a seed or shipped. */
export const FORECAST_DATASETS = ['sineWave', 'squareWave', 'sawtoothWave', 'twoSines', 'sunspots'] as const;
/** Sequences of time steps: forecasting and the memory task (a class decided T steps back). */
export const SEQUENCE_DATASETS = [...FORECAST_DATASETS, 'memory', 'characters'] as const;
export type SequenceDatasetName = (typeof SEQUENCE_DATASETS)[number];
/** Numbers per time step: one value of a series, or the memory task's one-hot symbol of four. */
export const SEQUENCE_FEATURES: Record<SequenceDatasetName, number> = { sineWave: 1, squareWave: 1, sawtoothWave: 1, twoSines: 1, sunspots: 1, memory: 4, characters: CHARACTER_ALPHABET.length };
export const DATASET_NAMES = [...GENERATED_DATASETS, ...TABLE_DATASETS, ...IMAGE_DATASETS, ...SEQUENCE_DATASETS] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export type Task = 'classification' | 'regression';

/** How the columns of a table are used: the shareable part of an uploaded dataset. */
export interface TableRoles {
  fileName: string;
  inputs: string[];
  target: string;
  task: Task;
  /** Inputs shifted and scaled to mean 0, standard deviation 1 (parameters kept with the data). */
  standardize: boolean;
  /** One or two inputs spanning the pictures; the others are held at their mean. */
  axes: string[];
  /** Class names in index order, known once the file is read; never part of a link. */
  classNames: string[] | null;
}

export const FEATURE_NAMES = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1TimesX2', 'sinX1', 'sinX2'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export const ACTIVATION_NAMES = ['relu', 'leakyRelu', 'sigmoid', 'tanh', 'softmax', 'linear', 'elu', 'selu', 'softplus', 'swish', 'gelu'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];
/** Softmax couples the units of a layer into a probability distribution: it belongs on the output. */
export const HIDDEN_ACTIVATIONS = ACTIVATION_NAMES.filter((name) => name !== 'softmax');

export const LOSS_NAMES = [
  'meanSquaredError',
  'sumSquaredError',
  'meanAbsoluteError',
  'huber',
  'binaryCrossEntropy',
  'categoricalCrossEntropy',
  'hinge',
] as const;
export type LossName = (typeof LOSS_NAMES)[number];

export const OPTIMIZER_NAMES = ['batchGd', 'sgd', 'miniBatchSgd', 'momentum', 'adam', 'adagrad', 'rmsprop', 'adadelta', 'adamax'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

export const PADDING_NAMES = ['same', 'valid'] as const;
export type PaddingName = (typeof PADDING_NAMES)[number];

export const INITIALIZER_NAMES = ['glorot', 'he', 'uniform01', 'zeros'] as const;
export type InitializerName = (typeof INITIALIZER_NAMES)[number];

export const BACKEND_CHOICES = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
export type BackendName = Exclude<BackendChoice, 'auto'>;

export type ProblemType = 'classification' | 'regression';

// Layer types come from their zod schemas, one module per kind under ./layers.
export type { LayerKind, LayerSpec } from './layers/registry';
export type { DenseLayerSpec } from './layers/dense';
export type { DropoutLayerSpec } from './layers/dropout';
export type { BatchNormLayerSpec } from './layers/batchNorm';

export interface DataSpec {
  dataset: DatasetName;
  /** 0..50, as in TensorFlow Playground. */
  noise: number;
  /** Percentage of points used for training, 10..90. */
  trainPercent: number;
  numPoints: number;
  /** Changed by "Regenerate"; separate from the training seed so new data keeps the same weights. */
  dataSeed: number;
  /** Column roles when the dataset is a table; null for generated data. */
  table: TableRoles | null;
  /** Time steps per example of a sequence dataset (T): the window of past values, or the memory's span. */
  window: number;
}

export interface NetworkSpec {
  features: FeatureName[];
  hidden: LayerSpec[];
  outputActivation: ActivationName;
  outputInitializer: InitializerName;
}

export interface TrainingSpec {
  loss: LossName;
  optimizer: OptimizerName;
  learningRate: number;
  /** Points per update for mini-batch optimizers; batch GD uses all, SGD one. */
  batchSize: number;
  /** Epochs to train before stopping by itself; null means unlimited. */
  epochs: number | null;
  /** Seeds initial weights, batch shuffling and dropout. */
  seed: number;
  backend: BackendChoice;
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  rho: number;
  /** Largest allowed global norm of the gradients; 0 turns clipping off. */
  gradientClip: number;
}

export interface PlaygroundSpec {
  data: DataSpec;
  network: NetworkSpec;
  training: TrainingSpec;
}

export const LIMITS = {
  noise: { min: 0, max: 50 },
  trainPercent: { min: 10, max: 90 },
  numPoints: { min: 20, max: 2000 },
  window: { min: 2, max: 100 },
  units: { min: 1, max: 512 },
  hiddenLayers: { max: 10 },
  learningRate: { min: 1e-6, max: 10 },
  batchSize: { min: 1, max: 2000 },
  epochs: { min: 1, max: 1_000_000 },
  seed: { min: 0, max: 2 ** 31 - 1 },
  leakySlope: { min: 0, max: 1 },
  regularization: { min: 0, max: 1 },
  dropoutRate: { min: 0, max: 0.9 },
  filters: { min: 1, max: 128 },
  kernelSize: { min: 1, max: 9 },
  stride: { min: 1, max: 4 },
  poolSize: { min: 1, max: 4 },
  momentum: { min: 0, max: 0.999 },
  beta: { min: 0, max: 0.99999 },
  epsilon: { min: 1e-10, max: 1 },
  rho: { min: 0, max: 0.9999 },
  gradientClip: { min: 0, max: 1000 },
} as const;

const CLASS_COUNTS: Partial<Record<DatasetName, number>> = { spiral3: 3, rings3: 3, blobs4: 4, blobs6: 6, digits8: 10, mnist: 10, memory: 2, characters: CHARACTER_ALPHABET.length };

export function isTableDataset(dataset: DatasetName): dataset is TableDatasetName {
  return (TABLE_DATASETS as readonly string[]).includes(dataset);
}

export function isImageDataset(dataset: DatasetName): dataset is ImageDatasetName {
  return (IMAGE_DATASETS as readonly string[]).includes(dataset);
}

export function isSequenceDataset(dataset: DatasetName): dataset is SequenceDatasetName {
  return (SEQUENCE_DATASETS as readonly string[]).includes(dataset);
}

/** The diagram draws at most this many neurons of a layer (and their links); the rest are counted. */
export const MAX_DRAWN_NEURONS = 64;
export const drawnWidth = (width: number) => Math.min(width, MAX_DRAWN_NEURONS);

export function problemTypeOf(data: Pick<DataSpec, 'dataset' | 'table'>): ProblemType {
  if (isTableDataset(data.dataset)) return data.table?.task ?? 'classification';
  const regression: readonly string[] = [...REGRESSION_DATASETS, ...FORECAST_DATASETS];
  return regression.includes(data.dataset) ? 'regression' : 'classification';
}

/** Number of classes of a classification dataset; 0 for regression. */
export function classCountOf(data: Pick<DataSpec, 'dataset' | 'table'>): number {
  if (problemTypeOf(data) === 'regression') return 0;
  if (isTableDataset(data.dataset)) return data.table?.classNames?.length ?? 2;
  return CLASS_COUNTS[data.dataset] ?? 2;
}

/** Output activations that make sense for the data. */
export function outputActivationsFor(data: Pick<DataSpec, 'dataset' | 'table'>): ActivationName[] {
  const classes = classCountOf(data);
  if (classes === 0) return ['linear'];
  if (classes > 2) return ['softmax'];
  return ['tanh', 'sigmoid', 'softmax', 'linear'];
}

/** Width of the network's input: the chosen features of generated data, the input columns of a table. */
export function inputWidth(spec: { data: DataSpec; network: NetworkSpec }): number {
  if (isImageDataset(spec.data.dataset)) return IMAGE_SHAPES[spec.data.dataset].reduce((a, b) => a * b, 1);
  if (isSequenceDataset(spec.data.dataset)) return SEQUENCE_FEATURES[spec.data.dataset];
  return isTableDataset(spec.data.dataset) && spec.data.table ? spec.data.table.inputs.length : spec.network.features.length;
}

/** True when the pictures span one input only: drawn as a curve rather than a plane. */
export function isOneDimensional(data: Pick<DataSpec, 'dataset' | 'table'>): boolean {
  if (isTableDataset(data.dataset)) return (data.table?.axes.length ?? 2) < 2 && data.table?.task === 'regression';
  return ONE_DIMENSIONAL_DATASETS.includes(data.dataset);
}

/** Units of the output layer: one per class with softmax (one-hot targets), else one. */
export function outputUnits(spec: { data: DataSpec; network: NetworkSpec }): number {
  return spec.network.outputActivation === 'softmax' ? Math.max(2, classCountOf(spec.data)) : 1;
}

/** Points per update: batch gradient descent uses the whole training set, SGD a single point. */
export function effectiveBatchSize(training: TrainingSpec, trainingPoints: number): number {
  if (training.optimizer === 'batchGd') return Math.max(1, trainingPoints);
  if (training.optimizer === 'sgd') return 1;
  return Math.max(1, Math.min(training.batchSize, trainingPoints));
}

export function trainingPointsOf(data: DataSpec): number {
  return trainCount(data.numPoints, data.trainPercent);
}
