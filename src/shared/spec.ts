// The playground's configuration: plain, serialisable data shared by the UI and the engine.

export const CLASSIFICATION_DATASETS = ['circle', 'xor', 'gauss', 'spiral'] as const;
export const REGRESSION_DATASETS = ['plane', 'multigauss'] as const;
export const DATASET_NAMES = [...CLASSIFICATION_DATASETS, ...REGRESSION_DATASETS] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const FEATURE_NAMES = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1TimesX2', 'sinX1', 'sinX2'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export const ACTIVATION_NAMES = ['relu', 'tanh', 'sigmoid', 'linear'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

export const LOSS_NAMES = ['meanSquaredError', 'binaryCrossEntropy'] as const;
export type LossName = (typeof LOSS_NAMES)[number];

export const OPTIMIZER_NAMES = ['sgd', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

export const BACKEND_CHOICES = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
export type BackendName = Exclude<BackendChoice, 'auto'>;

export type ProblemType = 'classification' | 'regression';

/** A layer of the stack. A union by kind so that dropout, conv or recurrent layers can join later. */
export type LayerSpec = DenseLayerSpec;
export interface DenseLayerSpec {
  kind: 'dense';
  units: number;
  activation: ActivationName;
}

export interface DataSpec {
  dataset: DatasetName;
  /** 0..50, as in TensorFlow Playground. */
  noise: number;
  /** Percentage of points used for training, 10..90. */
  trainPercent: number;
  numPoints: number;
  /** Changed by "Regenerate"; separate from the training seed so new data keeps the same weights. */
  dataSeed: number;
}

export interface NetworkSpec {
  features: FeatureName[];
  hidden: LayerSpec[];
  outputActivation: ActivationName;
}

export interface TrainingSpec {
  loss: LossName;
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  /** Epochs to train before stopping by itself; null means unlimited. */
  epochs: number | null;
  /** Seeds initial weights and batch shuffling. */
  seed: number;
  backend: BackendChoice;
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
  units: { min: 1, max: 256 },
  hiddenLayers: { max: 10 },
  learningRate: { min: 1e-6, max: 10 },
  batchSize: { min: 1, max: 2000 },
  epochs: { min: 1, max: 1_000_000 },
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

export function problemTypeOf(dataset: DatasetName): ProblemType {
  return (REGRESSION_DATASETS as readonly string[]).includes(dataset) ? 'regression' : 'classification';
}

/** Output activations that make sense for a problem type. */
export function outputActivationsFor(problem: ProblemType): ActivationName[] {
  return problem === 'classification' ? ['tanh', 'sigmoid'] : ['linear'];
}
