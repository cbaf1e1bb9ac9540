import type { TableDataset } from '../data/csv/tableDataset';
import type { DataPreview, TrainingRows } from './dataContract';
import type { SequencePictures } from './sequencePictures';
import type { ImageChoice, ImagePictures } from './imagePictures';
import type { ModelJson, PlaygroundModelMetadata } from './modelExport';
import type { ImportableModel } from './modelImportSchema';
import type { BackendName, BackendChoice, PlaygroundSpec } from './spec';

export type RunStatus = 'idle' | 'training' | 'paused' | 'done' | 'error';

/**
 * One parameter of a dense layer that a learner can type: the weight from input `from` to unit `to`,
 * or the bias of unit `to`. `layer` counts the engine's layers (hidden ones, then the output).
 */
export type ParameterRef = { kind: 'weight'; layer: number; from: number; to: number } | { kind: 'bias'; layer: number; to: number };

/** Loss of the whole training set and of the whole test set after one epoch. */
export interface LossPoint {
  epoch: number;
  train: number;
  test: number;
  /** Fraction of points classified right; null for regression. */
  trainAccuracy: number | null;
  testAccuracy: number | null;
}

/** Test-set confusion matrix: counts[actual * classes + predicted]. */
export interface ConfusionMatrix {
  classes: number;
  counts: number[];
}

/** Per layer (hidden and output): how strongly it learns and how spread its outputs are. */
export interface LayerHealth {
  /** Mean |gradient| of the layer's weights on a probe batch; null for layers without weights. */
  meanAbsGradient: number | null;
  /** Standard deviation of the layer's outputs on the probe batch. */
  activationStd: number;
}

/** Weights of one dense layer, row-major kernel [inputs × units]; identity for dropout and batch norm. */
export interface LayerWeights {
  inputs: number;
  units: number;
  kernel: Float32Array;
  bias: Float32Array;
  /** One-to-one connections without weights (dropout, batch normalization). */
  identity: boolean;
}

export interface NetworkPictures {
  /** Side of the square grid each neuron's picture is computed on. */
  neuronGridSize: number;
  /** One Float32Array per layer (hidden layers, then the output layer): units × neuronGridSize², neuron-major. */
  layerActivations: Float32Array[];
  /** Side of the output (decision boundary) grid. */
  outputGridSize: number;
  /** outputUnits × outputGridSize², unit-major. */
  output: Float32Array;
  outputUnits: number;
  weights: LayerWeights[];
  confusion: ConfusionMatrix | null;
  health: LayerHealth[];
  /** For one-dimensional data: the first output along x1 from -6 to 6 (x2 = 0), CURVE_POINTS values. */
  curve: Float32Array | null;
  /** Regression only: the prediction for every test point, in test-set order. */
  testPredictions: Float32Array | null;
  /** Image networks: what happens inside for the chosen example (the plane pictures above are then empty). */
  images: ImagePictures | null;
  /** Sequence networks: the chosen sequence's hidden states and gates, and the forecasts. */
  sequences: SequencePictures | null;
}

export const CURVE_POINTS = 121;

export interface Snapshot {
  runId: number;
  status: RunStatus;
  /** Completed epochs. */
  epoch: number;
  /** Batches done within the epoch in progress. */
  iteration: number;
  iterationsPerEpoch: number;
  /** Losses of epochs completed since the previous snapshot of this run (all of them, in order). */
  newLosses: LossPoint[];
  backend: BackendName;
  pictures: NetworkPictures | null;
  /** What the learner must be told (the page words it): why a run stopped, a GPU that was lost. */
  notice: EngineNotice | null;
}

/**
 * Things the engine has to tell the learner, as codes with their figures: the sentences are the
 * page's, so that the engine never words anything.
 */
export type EngineNotice =
  /** The loss stopped being a finite number at this epoch. */
  | { kind: 'diverged'; epoch: number; learningRate: number }
  /** A kernel threw: the run ended with this error. */
  | { kind: 'trainingFailed'; backend: BackendName; error: string }
  /** The WebGL context was lost; training resumed on `backend` from the weights read back last. */
  | { kind: 'gpuLostResumed'; lostAtEpoch: number; backend: BackendName; resumedAtEpoch: number }
  /** The WebGL context was lost and neither wasm nor cpu could start. */
  | { kind: 'gpuLostStopped' }
  /** The backend asked for did not start; another one trains. */
  | { kind: 'backendFallback'; requested: BackendName; reason: string; used: BackendName };

export interface BackendTrial {
  backend: BackendName;
  /** Measured milliseconds for one epoch of the current problem, or null when it failed to start. */
  msPerEpoch: number | null;
  /** True when msPerEpoch is only a measured lower bound, enough to rule the backend out. */
  lowerBound?: boolean;
  error?: string;
}

export interface ConfigureResult {
  runId: number;
  backend: BackendName;
  requested: BackendChoice;
  trials: BackendTrial[];
  /** Set when the requested backend could not start and another was used. */
  fallback: EngineNotice | null;
  /** A run in progress whose new epoch limit is at or below the epoch reached ended there: the page says so. */
  refusal: { epoch: number; limit: number } | null;
  /** What the page draws of the data the worker built: the page never builds the rows itself. */
  preview: DataPreview;
}

/** What Train did: a limit at or below the epoch reached starts nothing, and the page says why. */
export type StartResult = { started: true } | { started: false; reason: 'epochLimitReached'; epoch: number; limit: number };

/** The trained model in the TensorFlow.js Layers format: model.json and its one weights file. */
export interface ExportedModel {
  modelJson: ModelJson;
  weightData: ArrayBuffer;
}

/**
 * The worker's whole interface, declared once: the worker's object satisfies it and the page's
 * client is derived from it with Comlink.Remote.
 */
export interface EngineApi {
  /** Registers where snapshots go; the promise the page returns is its acknowledgement. */
  connect(onSnapshot: (snapshot: Snapshot) => Promise<void>): void;
  /** `table`: new rows for a table dataset; undefined keeps the rows the worker has. */
  configure(spec: PlaygroundSpec, table?: TableDataset | null): Promise<ConfigureResult>;
  exportModel(metadata: PlaygroundModelMetadata): Promise<ExportedModel>;
  importModel(model: ImportableModel, table?: TableDataset | null): Promise<ConfigureResult>;
  /** Answers the page's heartbeat: a silent worker is taken for dead and replaced. */
  ping(): boolean;
  start(): Promise<StartResult>;
  pause(): Promise<void>;
  step(): Promise<void>;
  reset(): Promise<void>;
  /** Which example the image pictures follow: a test image or the learner's drawing; the next snapshot shows it. */
  chooseImage(choice: ImageChoice): Promise<void>;
  /** Every row the run trains and tests on, for Export code; null before a run exists. */
  trainingRows(): Promise<TrainingRows | null>;
  /** One weight or bias typed by the learner; refused (with the reason) when out of range or gone. */
  setParameter(ref: ParameterRef, value: number): Promise<void>;
}
