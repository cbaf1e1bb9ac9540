import { inputWidth, outputUnits, type NetworkSpec, type PlaygroundSpec } from '../../shared/spec';

/** Neurons per hidden layer and the output (dropout and batch norm keep the width they receive). */
export function layerWidths(spec: PlaygroundSpec): number[] {
  let width = inputWidth(spec);
  const hidden = spec.network.hidden.map((layer) => (width = layer.kind === 'dense' ? layer.units : width));
  return [...hidden, outputUnits(spec)];
}

/** What each column's values mean, for colouring: dropout and batch norm pass on the layer before. */
export function columnActivations(network: NetworkSpec): string[] {
  let previous = 'linear';
  const hidden = network.hidden.map((l) => (previous = l.kind === 'dense' ? l.activation : l.kind === 'batchNorm' ? 'linear' : previous));
  return [...hidden, network.outputActivation];
}
