import { assertNever } from './assertNever';
import type { ImageGalleryPreview } from './imagePictures';
import { classCountOf, IMAGE_SHAPES, inputWidth, isImageDataset, isSequenceDataset, problemTypeOf, SEQUENCE_FEATURES, type DataSpec, type FeatureName, type NetworkSpec } from './spec';

/*
 * What the network is given, whatever the dataset: examples of one shape, and a target for each.
 * Points and tables are feature vectors [F]; images are [H, W, C]; sequences are [T, F]. Only
 * feature vectors have datasets yet: the other kinds are declared so that adding one is a type
 * error in every place that must handle it, not a guess about widths.
 */

/** The shape of one example, without the leading count. */
export type ExampleShape =
  /** A point of generated data (its chosen features) or a table's row (its input columns). */
  | { kind: 'features'; shape: [features: number] }
  | { kind: 'image'; shape: [height: number, width: number, channels: number] }
  | { kind: 'sequence'; shape: [steps: number, features: number] };

/** Numbers per example: the product of its shape. */
export function exampleSize(example: ExampleShape): number {
  return example.shape.reduce((size, side) => size * side, 1);
}

/** The example shape of a spec's data: [F] for points and tables (features or input columns), [H, W, C] for images. */
export function exampleShapeOf(spec: { data: DataSpec; network: NetworkSpec }): ExampleShape {
  if (isImageDataset(spec.data.dataset)) return { kind: 'image', shape: [...IMAGE_SHAPES[spec.data.dataset]] };
  if (isSequenceDataset(spec.data.dataset)) return { kind: 'sequence', shape: [spec.data.window, SEQUENCE_FEATURES[spec.data.dataset]] };
  return { kind: 'features', shape: [inputWidth(spec)] };
}

/**
 * F of a feature vector: what today's dense models are built for. Images and sequences will give
 * their shape to the model builder instead; until then asking for their width is a mistake.
 */
export function featureWidth(example: ExampleShape): number {
  switch (example.kind) {
    case 'features':
      return example.shape[0];
    case 'image':
    case 'sequence':
      throw new Error(`A model for ${example.kind} examples [${example.shape.join(', ')}] takes their shape, not a width.`);
    default:
      return assertNever(example);
  }
}

/** One target per example, as the data states it (the trainer encodes it for the loss). */
export type Targets =
  /** A class index per example, 0..classes-1. */
  | { kind: 'class'; classes: number; values: Float32Array }
  /** A number per example (regression). */
  | { kind: 'value'; values: Float32Array }
  /** One value per time step of a sequence: count × steps, row-major. */
  | { kind: 'perStep'; steps: number; values: Float32Array };

/** The kind of target a spec's data has, for the rows being built. */
export function targetsOf(data: Pick<DataSpec, 'dataset' | 'table'>, values: Float32Array): Targets {
  return problemTypeOf(data) === 'classification' ? { kind: 'class', classes: classCountOf(data), values } : { kind: 'value', values };
}

/** How examples are stored: numbers as the network reads them; bytes for image sets, later. */
export type ExampleValues = Float32Array | Uint8Array;

/** Examples and their targets: x holds count × exampleSize numbers, example after example. */
export interface LabelledSet<X extends ExampleValues = ExampleValues> {
  x: X;
  targets: Targets;
  count: number;
}

/** Every row the worker trains and tests on: what Export code writes into its program. */
export interface TrainingRows<X extends ExampleValues = ExampleValues> {
  example: ExampleShape;
  train: LabelledSet<X>;
  test: LabelledSet<X>;
}

/** Points as drawn over the pictures: u across, v up, in the plane's units; a class or value each. */
export interface PlanePoints {
  u: Float32Array;
  v: Float32Array;
  labels: Float32Array;
}

/** How a point (u, v) of the picture plane becomes the network's input, as plain data. */
export type PlaneInputs =
  /** Generated data: (u, v) is (x1, x2), and the chosen features are computed from it. */
  | { kind: 'features'; features: FeatureName[] }
  /** A table: the axis columns take u and v; every other input column is held at its mean. */
  | { kind: 'columns'; means: number[]; axisColumns: [number, number | null] };

/** The 2-D slice of input space that the pictures show. */
export interface InputPlane {
  /** Names of the axes; the second is null when only one input varies. */
  axes: [string, string | null];
  ranges: [[number, number], [number, number]];
  inputs: PlaneInputs;
}

interface SetCounts {
  trainCount: number;
  testCount: number;
}

/**
 * What the page draws of the data, sent by the worker (which alone builds the rows): a kind per
 * kind of example. Feature vectors are drawn as points over a plane; image sets will send
 * thumbnails and sequence sets a few series, as new members of this union.
 */
export type DataPreview = (SetCounts & { kind: 'plane'; plane: InputPlane; train: PlanePoints; test: PlanePoints }) | ImageGalleryPreview | SequencePreview;

export const isSequencePreview = (preview: DataPreview | null): preview is SequencePreview =>
  preview?.kind === 'series' || preview?.kind === 'symbols' || preview?.kind === 'text';

/**
 * Sequences as the page draws them: a forecast's whole series (scaled as the network reads it) with
 * where its test part begins; the memory task's first test sequences as symbols.
 */
export type SequencePreview = SetCounts & { window: number } & (
    | {
        kind: 'series';
        values: Float32Array;
        /** Index into values of the first test target: the test part is the series' end. */
        testStart: number;
        /** What one step is ("year"), and the first step's number, for the axis. */
        stepName: string;
        firstStep: number;
        /** The series' values are its own divided by this (shown on the axis as the real numbers). */
        scale: number;
      }
    | {
        kind: 'text';
        /** The whole text as the network reads it; the test part begins at testStart. */
        text: string;
        alphabet: string[];
        testStart: number;
      }
    | {
        kind: 'symbols';
        /** The symbols' names, in one-hot order. */
        alphabet: string[];
        /** count × window symbol indices of the first test sequences, and their classes. */
        symbols: Uint8Array;
        labels: Uint8Array;
        count: number;
      }
  );
