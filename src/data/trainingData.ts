import type { TableDataset } from './csv/tableDataset';
import { GALLERY_PER_CLASS } from '../shared/imagePictures';
import { examplePixels, exampleSizeOf, galleryIndices, type ImageSet } from './images/imageSet';
import { INPUT_DOMAIN } from './datasets';
import { featureMatrix } from './features';
import { buildSplitData } from './playgroundData';
import { sequenceRows } from './sequences/sequenceData';
import { outputsEveryStep } from '../shared/layers/inferShapes';
import { splitIndices } from './trainTestSplit';
import { exampleShapeOf, targetsOf, type DataPreview, type ExampleValues, type InputPlane, type LabelledSet, type PlanePoints, type TrainingRows } from '../shared/dataContract';
import { isImageDataset, isSequenceDataset, isTableDataset, type DataSpec, type NetworkSpec, type PlaygroundSpec } from '../shared/spec';

/**
 * The rows the worker trains on, and the preview of them that the page draws. `preview` may be
 * replaced while training: it only decides what the pictures show.
 */
export interface TrainingData extends TrainingRows<ExampleValues> {
  preview: DataPreview;
}

function generatedData(data: DataSpec, network: NetworkSpec): TrainingData {
  const { features } = network;
  const split = buildSplitData(data);
  const labelled = (set: typeof split.train): LabelledSet => ({ x: featureMatrix(set.x1, set.x2, features), targets: targetsOf(data, set.labels), count: set.labels.length });
  const plane: InputPlane = { axes: ['x1', 'x2'], ranges: [INPUT_DOMAIN as [number, number], INPUT_DOMAIN as [number, number]], inputs: { kind: 'features', features } };
  return {
    example: exampleShapeOf({ data, network }),
    train: labelled(split.train),
    test: labelled(split.test),
    preview: {
      kind: 'plane',
      plane,
      train: { u: split.train.x1, v: split.train.x2, labels: split.train.labels },
      test: { u: split.test.x1, v: split.test.x2, labels: split.test.labels },
      trainCount: split.train.labels.length,
      testCount: split.test.labels.length,
    },
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
    return { x, targets: targetsOf(data, Float32Array.from(indices, (row) => table.y[row])), count: indices.length };
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
    inputs: { kind: 'columns', means, axisColumns: [a, b ?? null] },
  };
  const points = (set: LabelledSet): PlanePoints => ({
    u: Float32Array.from({ length: set.count }, (_, i) => set.x[i * width + a]),
    v: Float32Array.from({ length: set.count }, (_, i) => (b === undefined ? 0 : set.x[i * width + b])),
    labels: set.targets.values,
  });
  const trainSet = rowsOf(train);
  const testSet = rowsOf(test);
  return {
    // The table's own columns (the spec's roles name the same ones: see exampleShapeOf).
    example: { kind: 'features', shape: [width] },
    train: trainSet,
    test: testSet,
    preview: { kind: 'plane', plane, train: points(trainSet), test: points(testSet), trainCount: trainSet.count, testCount: testSet.count },
  };
}

/** An image set's fixed split, as bytes the trainer scales to 0..1; the page gets a gallery of test images. */
function imageData(data: DataSpec, set: ImageSet): TrainingData {
  const size = exampleSizeOf(set);
  const split = (from: number, to: number): LabelledSet => ({
    x: set.pixels.subarray(from * size, to * size),
    targets: targetsOf(data, Float32Array.from(set.labels.subarray(from, to))),
    count: to - from,
  });
  const gallery = galleryIndices(set, GALLERY_PER_CLASS);
  const pixels = new Uint8Array(gallery.length * size);
  gallery.forEach(({ index }, i) => pixels.set(examplePixels(set, set.trainCount + index), i * size));
  return {
    example: { kind: 'image', shape: [set.height, set.width, set.channels] },
    train: split(0, set.trainCount),
    test: split(set.trainCount, set.count),
    preview: {
      kind: 'images',
      height: set.height,
      width: set.width,
      channels: set.channels,
      classes: set.classes,
      trainCount: set.trainCount,
      testCount: set.count - set.trainCount,
      gallery,
      pixels,
    },
  };
}

/**
 * The one way a spec (and, for tables, the loaded table) becomes training rows and their preview;
 * null while a table's rows are not loaded. Only the worker builds rows: the page gets the preview.
 */
export function buildTrainingData(spec: Pick<PlaygroundSpec, 'data' | 'network'>, table: TableDataset | null, images: ImageSet | null = null): TrainingData | null {
  const { data, network } = spec;
  if (isTableDataset(data.dataset)) return table ? tableData(data, table) : null;
  if (isImageDataset(data.dataset)) return images?.name === data.dataset ? imageData(data, images) : null;
  if (isSequenceDataset(data.dataset)) return { example: exampleShapeOf(spec), ...sequenceRows(data, data.dataset, outputsEveryStep(spec)) };
  return generatedData(data, network);
}
