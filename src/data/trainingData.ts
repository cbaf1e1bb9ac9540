import type { TableDataset } from './csv/tableDataset';
import { INPUT_DOMAIN } from './datasets';
import { featureMatrix } from './features';
import { buildSplitData } from './playgroundData';
import { splitIndices } from './trainTestSplit';
import { isImageDataset, isTableDataset, type DataSpec, type FeatureName, type PlaygroundSpec } from '../shared/spec';

/** Rows the network sees: inputs (count × width) and a class index or value per row. */
export interface LabelledSet {
  x: Float32Array;
  labels: Float32Array;
  count: number;
}

/** Points as drawn over the pictures: u across, v up, in the plane's units. */
export interface PlanePoints {
  u: Float32Array;
  v: Float32Array;
  labels: Float32Array;
}

/** The 2-D slice of input space that the pictures show, and how its points become network inputs. */
export interface InputPlane {
  /** Names of the axes; the second is null when only one input varies. */
  axes: [string, string | null];
  ranges: [[number, number], [number, number]];
  inputsAt(u: Float32Array, v: Float32Array): Float32Array;
}

export interface TrainingData {
  width: number;
  train: LabelledSet;
  test: LabelledSet;
  plane: InputPlane;
  trainPoints: PlanePoints;
  testPoints: PlanePoints;
}

function generatedData(data: DataSpec, features: FeatureName[]): TrainingData {
  const split = buildSplitData(data);
  const labelled = (set: typeof split.train): LabelledSet => ({ x: featureMatrix(set.x1, set.x2, features), labels: set.labels, count: set.labels.length });
  return {
    width: features.length,
    train: labelled(split.train),
    test: labelled(split.test),
    plane: { axes: ['x1', 'x2'], ranges: [INPUT_DOMAIN as [number, number], INPUT_DOMAIN as [number, number]], inputsAt: (u, v) => featureMatrix(u, v, features) },
    trainPoints: { u: split.train.x1, v: split.train.x2, labels: split.train.labels },
    testPoints: { u: split.test.x1, v: split.test.x2, labels: split.test.labels },
  };
}

function columnRange(table: TableDataset, column: number): [number, number] {
  let [lo, hi] = [Infinity, -Infinity];
  for (let r = 0; r < table.rows; r++) {
    const value = table.x[r * table.inputs.length + column];
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  }
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

function tableData(data: DataSpec, table: TableDataset): TrainingData {
  const width = table.inputs.length;
  const { train, test } = splitIndices(table.rows, data.trainPercent, data.dataSeed);
  const rowsOf = (indices: Uint32Array): LabelledSet => {
    const x = new Float32Array(indices.length * width);
    indices.forEach((row, i) => x.set(table.x.subarray(row * width, (row + 1) * width), i * width));
    return { x, labels: Float32Array.from(indices, (row) => table.y[row]), count: indices.length };
  };
  const axisNames = (data.table?.axes ?? []).filter((name) => table.inputs.includes(name)).slice(0, 2);
  if (axisNames.length === 0) axisNames.push(...table.inputs.slice(0, 2));
  const [a, b] = axisNames.map((name) => table.inputs.indexOf(name));
  const means = Array.from({ length: width }, (_, c) => {
    let sum = 0;
    for (let r = 0; r < table.rows; r++) sum += table.x[r * width + c];
    return sum / Math.max(1, table.rows);
  });
  const plane: InputPlane = {
    axes: [table.inputs[a], b === undefined ? null : table.inputs[b]],
    ranges: [columnRange(table, a), b === undefined ? [-1, 1] : columnRange(table, b)],
    // Inputs other than the axes are held at their mean, so the picture is a slice through the data.
    inputsAt: (u, v) => {
      const x = new Float32Array(u.length * width);
      for (let i = 0; i < u.length; i++) {
        x.set(means, i * width);
        x[i * width + a] = u[i];
        if (b !== undefined) x[i * width + b] = v[i];
      }
      return x;
    },
  };
  const points = (set: LabelledSet): PlanePoints => ({
    u: Float32Array.from({ length: set.count }, (_, i) => set.x[i * width + a]),
    v: Float32Array.from({ length: set.count }, (_, i) => (b === undefined ? 0 : set.x[i * width + b])),
    labels: set.labels,
  });
  const trainSet = rowsOf(train);
  const testSet = rowsOf(test);
  return { width, train: trainSet, test: testSet, plane, trainPoints: points(trainSet), testPoints: points(testSet) };
}

/**
 * The one way both sides turn a spec (and, for tables, the loaded table) into training rows and the
 * picture plane; null while a table's rows are not loaded.
 */
export function buildTrainingData(spec: Pick<PlaygroundSpec, 'data' | 'network'>, table: TableDataset | null): TrainingData | null {
  const { data } = spec;
  if (isTableDataset(data.dataset)) return table ? tableData(data, table) : null;
  // Image sets are read in the worker from their shipped files (not yet wired here).
  if (isImageDataset(data.dataset)) return null;
  return generatedData(data, spec.network.features);
}

/** size×size points over the plane, row 0 at the top (largest v). */
export function gridOver(ranges: InputPlane['ranges'], size: number): { u: Float32Array; v: Float32Array } {
  const [[u0, u1], [v0, v1]] = ranges;
  const u = new Float32Array(size * size);
  const v = new Float32Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      u[row * size + col] = u0 + ((u1 - u0) * col) / (size - 1);
      v[row * size + col] = v1 - ((v1 - v0) * row) / (size - 1);
    }
  }
  return { u, v };
}
