import { IMAGE_SHAPES, inputWidth, isImageDataset, isSequenceDataset, outputUnits, SEQUENCE_FEATURES, type DataSpec, type NetworkSpec } from '../spec';
import type { DenseLayerSpec } from './dense';
import type { Shape } from './layerKind';
import { defaultLayer, entryOf, LAYER_KINDS, type LayerKind, type LayerSpec } from './registry';

/** One layer's place in the flow of shapes: what it receives, what it gives, what it holds. */
export interface LayerShape {
  layer: LayerSpec;
  input: Shape;
  /** Null when the layer cannot take its input; `problem` says why. */
  output: Shape | null;
  params: number;
  problem: string | null;
}

export interface NetworkShapes {
  /** One example as the network receives it. */
  input: Shape;
  /** The hidden layers, then the output layer. */
  layers: LayerShape[];
  totalParams: number;
}

type ShapeSpec = { data: DataSpec; network: NetworkSpec };

/** The shape of one example of the data: [F] for points and tables, [H, W, C] for images. */
export function inputShapeOf(spec: ShapeSpec): Shape {
  if (isSequenceDataset(spec.data.dataset)) return [spec.data.window, SEQUENCE_FEATURES[spec.data.dataset]];
  return isImageDataset(spec.data.dataset) ? IMAGE_SHAPES[spec.data.dataset] : [inputWidth(spec)];
}

/** The output layer as the engine builds it: dense, one unit per class with softmax, else one. */
export function outputLayerOf(spec: ShapeSpec): DenseLayerSpec {
  return outputLayer(spec.network, outputUnits(spec));
}

export function outputLayer(network: NetworkSpec, units: number): DenseLayerSpec {
  return { kind: 'dense', units, activation: network.outputActivation, initializer: network.outputInitializer, leakySlope: 0.01, l1: 0, l2: 0 };
}

/**
 * Every layer's output shape and parameter count, from the data's example shape: the one walk through
 * the stack that compatibility rules, backend choice, code generation, the diagram and links ask.
 * After a layer that cannot take its input, the walk goes on from that input so that later
 * layers are still described.
 */
export function inferShapes(spec: ShapeSpec): NetworkShapes {
  return inferLayerShapes(inputShapeOf(spec), [...spec.network.hidden, outputLayerOf(spec)]);
}

/** The same walk for a given example shape and stack (the last layer being the output layer). */
export function inferLayerShapes(input: Shape, stack: LayerSpec[]): NetworkShapes {
  let current = input;
  const layers = stack.map((layer): LayerShape => {
    const entry = entryOf(layer);
    const result = entry.outputShape(layer, current);
    const shaped: LayerShape = result.ok
      ? { layer, input: current, output: result.shape, params: entry.paramCount(layer, current), problem: null }
      : { layer, input: current, output: null, params: 0, problem: result.problem };
    if (result.ok) current = result.shape;
    return shaped;
  });
  return { input, layers, totalParams: layers.reduce((sum, l) => sum + l.params, 0) };
}

/**
 * True when the network answers at every time step: the last recurrent layer returns its sequence
 * and the dense output acts on each step, so the data needs a target per step.
 */
export function outputsEveryStep(spec: ShapeSpec): boolean {
  return inferShapes(spec).layers.at(-1)?.output?.length === 2;
}

/** The last dimension of each layer's output: the neurons the diagram draws per column. */
export function layerWidths(shapes: NetworkShapes): number[] {
  return shapes.layers.map((l) => (l.output ?? l.input).at(-1) ?? 0);
}

/**
 * The kinds a hidden layer could become where it stands: those whose new layer takes the input it
 * receives (image layers are not offered for points). The current kind is always among them.
 */
export function kindsThatFit(spec: ShapeSpec, index: number): LayerKind[] {
  const shaped = inferShapes(spec).layers[index];
  const current = spec.network.hidden[index];
  return LAYER_KINDS.filter((kind) => {
    if (kind === current.kind) return true;
    const layer = defaultLayer(kind, current);
    return entryOf(layer).outputShape(layer, shaped.input).ok;
  });
}
