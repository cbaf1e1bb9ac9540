import { inputWidth, outputUnits, type PlaygroundSpec } from '../../shared/spec';

/** Neurons per hidden layer and the output (dropout and batch norm keep the width they receive). */
export function layerWidths(spec: PlaygroundSpec): number[] {
  let width = inputWidth(spec);
  const hidden = spec.network.hidden.map((layer) => (width = layer.kind === 'dense' ? layer.units : width));
  return [...hidden, outputUnits(spec)];
}
