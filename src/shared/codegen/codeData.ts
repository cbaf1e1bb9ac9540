import { exampleSize, type ExampleValues, type LabelledSet, type TrainingRows } from '../dataContract';
import { classCountOf, effectiveBatchSize, isImageDataset, problemTypeOf, type PlaygroundSpec } from '../spec';

/** The data as the generated programs write it out: inputs and encoded targets, rounded for reading. */
export interface CodeData {
  /**
   * An image set is read from its shipped file (public/datasets/<name>.bin, also served at
   * /datasets/<name>.bin), never written out: the program loads it from beside itself.
   */
  imageFile: string | null;
  /** Numbers per example, and the example's shape ([F], or [H, W, C] for images). */
  width: number;
  exampleShape: number[];
  outputs: number;
  /** One example's targets: [outputs], or [steps, outputs] for a network that answers at every step. */
  targetShape: number[];
  xTrain: number[][];
  yTrain: number[][];
  xTest: number[][];
  yTest: number[][];
  batchSize: number;
  /** Rows left out of the written-out data to keep the program readable. */
  omittedRows: number;
}

export const MAX_WRITTEN_ROWS = 2000;
const MAX_WRITTEN_NUMBERS = 20_000;
const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** Targets exactly as the trainer encodes them (see engine/targets.ts): ±1, 0/1, one-hot or values. */
function encode(label: number, spec: PlaygroundSpec, outputs: number): number[] {
  if (problemTypeOf(spec.data) === 'regression') return [round(label)];
  if (spec.network.outputActivation === 'softmax') return Array.from({ length: outputs }, (_, k) => (k === label ? 1 : 0));
  return [spec.network.outputActivation === 'sigmoid' ? label : 2 * label - 1];
}

export function codeData(spec: PlaygroundSpec, data: TrainingRows<ExampleValues>): CodeData {
  const outputs = spec.network.outputActivation === 'softmax' ? Math.max(2, classCountOf(spec.data)) : 1;
  const width = exampleSize(data.example);
  // Bytes of an image set are grey levels; the network reads them as 0..1, and so does the program.
  const scale = data.train.x instanceof Uint8Array ? 1 / 255 : 1;
  const rows = (set: LabelledSet<ExampleValues>, limit: number) =>
    Array.from({ length: Math.min(set.count, limit) }, (_, i) => Array.from(set.x.subarray(i * width, (i + 1) * width), (v) => round(v * scale)));
  // A target at every step: each example's row holds its steps' encoded targets one after another.
  const { targets } = data.train;
  const steps = targets.kind === 'perStep' ? targets.steps : 1;
  const targetShape = targets.kind === 'perStep' ? [steps, outputs] : [outputs];
  const labels = (set: LabelledSet<ExampleValues>, limit: number) =>
    Array.from({ length: Math.min(set.count, limit) }, (_, i) => Array.from(set.targets.values.subarray(i * steps, (i + 1) * steps)).flatMap((l) => encode(l, spec, outputs)));
  // Wide examples (images) are written for fewer rows, so that the program stays a readable size.
  const trainLimit = data.example.kind === 'features' ? MAX_WRITTEN_ROWS : Math.min(MAX_WRITTEN_ROWS, Math.max(1, Math.floor(MAX_WRITTEN_NUMBERS / width)));
  const testLimit = Math.max(0, trainLimit - Math.min(data.train.count, trainLimit));
  if (isImageDataset(spec.data.dataset)) {
    const batchSize = effectiveBatchSize(spec.training, data.train.count);
    return { imageFile: `${spec.data.dataset}.bin`, width, exampleShape: [...data.example.shape], outputs, targetShape, xTrain: [], yTrain: [], xTest: [], yTest: [], batchSize, omittedRows: 0 };
  }
  return {
    imageFile: null,
    width,
    exampleShape: [...data.example.shape],
    outputs,
    targetShape,
    xTrain: rows(data.train, trainLimit),
    yTrain: labels(data.train, trainLimit),
    xTest: rows(data.test, testLimit),
    yTest: labels(data.test, testLimit),
    batchSize: effectiveBatchSize(spec.training, data.train.count),
    omittedRows: Math.max(0, data.train.count - trainLimit) + Math.max(0, data.test.count - testLimit),
  };
}
