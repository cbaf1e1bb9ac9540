import type { LayerWeights } from '../../shared/engineTypes';

/** A neuron of a hidden layer or of the output: `layer` counts hidden layers from 0, then the output. */
export interface NeuronRef {
  layer: number;
  index: number;
}

/**
 * Where an arrow key moves the inspection: left/right to the neighbouring layer (keeping the row
 * where it can), up/down within the layer, Home/End to its first and last neuron. Null when the key
 * is not one of these, so that the caller leaves it to the page.
 */
export function moveInspection(current: NeuronRef | null, key: string, widths: readonly number[]): NeuronRef | null {
  if (widths.length === 0) return null;
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) return null;
  // A network that changed under the inspection (fewer layers or neurons) starts it over.
  if (!current || current.layer >= widths.length) return { layer: 0, index: 0 };
  const last = (layer: number) => widths[layer] - 1;
  const start = { layer: current.layer, index: Math.min(current.index, last(current.layer)) };
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const layer = Math.max(0, Math.min(widths.length - 1, start.layer + (key === 'ArrowLeft' ? -1 : 1)));
      return { layer, index: Math.min(start.index, last(layer)) };
    }
    case 'ArrowUp':
      return { layer: start.layer, index: Math.max(0, start.index - 1) };
    case 'ArrowDown':
      return { layer: start.layer, index: Math.min(last(start.layer), start.index + 1) };
    case 'Home':
      return { layer: start.layer, index: 0 };
    default:
      return { layer: start.layer, index: last(start.layer) };
  }
}

export function neuronLabel(ref: NeuronRef, widths: readonly number[]): string {
  if (ref.layer === widths.length - 1) return widths[ref.layer] > 1 ? `Output ${ref.index + 1}` : 'Output';
  return `Layer ${ref.layer + 1}, neuron ${ref.index + 1}`;
}

/** What comes into a layer's neurons: the inputs by name, or the previous layer's neurons. */
function sourceName(layer: number, index: number, inputNames: readonly string[]): string {
  return layer === 0 ? (inputNames[index] ?? `input ${index + 1}`) : `neuron ${index + 1} of layer ${layer}`;
}

const signed = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(3)}` : value.toFixed(3));

/**
 * One sentence about a neuron for the keyboard inspector: its bias and the weights coming into it
 * (the first `maxListed`, then how many more), as the mouse read-out shows them one link at a time.
 */
export function describeNeuron(
  ref: NeuronRef,
  widths: readonly number[],
  weights: readonly LayerWeights[] | null,
  inputNames: readonly string[],
  kind: string,
  maxListed = 8,
): string {
  const name = `${neuronLabel(ref, widths)} (${kind})`;
  const layer = weights?.[ref.layer];
  if (!layer || ref.index >= layer.units) return `${name}: its weights appear once the network is built.`;
  if (layer.identity) return `${name}: passes ${sourceName(ref.layer, ref.index, inputNames)} on, with no weights.`;
  const incoming = Array.from({ length: layer.inputs }, (_, i) => `${sourceName(ref.layer, i, inputNames)} ${signed(layer.kernel[i * layer.units + ref.index])}`);
  const listed = incoming.slice(0, maxListed).join(', ');
  const more = incoming.length > maxListed ? `, and ${incoming.length - maxListed} more` : '';
  return `${name}: bias ${signed(layer.bias[ref.index])}; weights in: ${listed}${more}.`;
}
