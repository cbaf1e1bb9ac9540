import { inferShapes, layerWidths as widthsOf } from '../../shared/layers/inferShapes';
import { entryOf } from '../../shared/layers/registry';
import type { ActivationName, NetworkSpec, PlaygroundSpec } from '../../shared/spec';

/** Neurons per hidden layer and the output: the last dimension of each layer's output shape. */
export function layerWidths(spec: PlaygroundSpec): number[] {
  return widthsOf(inferShapes(spec));
}

/** What each column's values mean, for colouring: dropout and batch norm pass on the layer before. */
export function columnActivations(network: NetworkSpec): string[] {
  let previous: ActivationName = 'linear';
  const hidden = network.hidden.map((layer) => (previous = entryOf(layer).columnActivation(layer, previous)));
  return [...hidden, network.outputActivation];
}
