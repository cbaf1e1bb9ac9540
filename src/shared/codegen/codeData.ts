import type { TrainingData } from '../../data/trainingData';
import { classCountOf, effectiveBatchSize, problemTypeOf, type PlaygroundSpec } from '../spec';

/** The data as the generated programs write it out: inputs and encoded targets, rounded for reading. */
export interface CodeData {
  width: number;
  outputs: number;
  xTrain: number[][];
  yTrain: number[][];
  xTest: number[][];
  yTest: number[][];
  batchSize: number;
  /** Rows left out of the written-out data to keep the program readable. */
  omittedRows: number;
}

export const MAX_WRITTEN_ROWS = 2000;
const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** Targets exactly as the trainer encodes them (see engine/targets.ts): ±1, 0/1, one-hot or values. */
function encode(label: number, spec: PlaygroundSpec, outputs: number): number[] {
  if (problemTypeOf(spec.data) === 'regression') return [round(label)];
  if (spec.network.outputActivation === 'softmax') return Array.from({ length: outputs }, (_, k) => (k === label ? 1 : 0));
  return [spec.network.outputActivation === 'sigmoid' ? label : 2 * label - 1];
}

export function codeData(spec: PlaygroundSpec, data: TrainingData): CodeData {
  const outputs = spec.network.outputActivation === 'softmax' ? Math.max(2, classCountOf(spec.data)) : 1;
  const rows = (set: TrainingData['train'], limit: number) =>
    Array.from({ length: Math.min(set.count, limit) }, (_, i) => Array.from(set.x.subarray(i * data.width, (i + 1) * data.width), round));
  const labels = (set: TrainingData['train'], limit: number) => Array.from(set.labels.subarray(0, Math.min(set.count, limit)), (l) => encode(l, spec, outputs));
  const trainLimit = MAX_WRITTEN_ROWS;
  const testLimit = Math.max(0, MAX_WRITTEN_ROWS - Math.min(data.train.count, trainLimit));
  return {
    width: data.width,
    outputs,
    xTrain: rows(data.train, trainLimit),
    yTrain: labels(data.train, trainLimit),
    xTest: rows(data.test, testLimit),
    yTest: labels(data.test, testLimit),
    batchSize: effectiveBatchSize(spec.training, data.train.count),
    omittedRows: Math.max(0, data.train.count - trainLimit) + Math.max(0, data.test.count - testLimit),
  };
}
