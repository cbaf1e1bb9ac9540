import { FEATURE_LABELS } from '../../data/features';
import type { LayerWeights } from '../../shared/engineTypes';
import { FEATURE_NAMES, type NetworkSpec } from '../../shared/spec';
import type { DiagramLayout, Link } from './diagramLayout';

/** Weights that belong to this exact network shape, or null while a new one is being built. */
export function weightsMatching(network: NetworkSpec, weights: LayerWeights[] | undefined): LayerWeights[] | null {
  if (!weights) return null;
  const widths = [...network.hidden.map((l) => l.units), 1];
  if (weights.length !== widths.length) return null;
  let inputs = network.features.length;
  for (let i = 0; i < widths.length; i++) {
    if (weights[i].inputs !== inputs || weights[i].units !== widths[i]) return null;
    inputs = widths[i];
  }
  return weights;
}

function neuronName(column: number, index: number, lastColumn: number): string {
  if (column === lastColumn) return 'output';
  return `neuron ${index + 1} of layer ${column}`;
}

/** Links from every input slot and neuron to the next column, with their weights. */
export function buildLinks(layout: DiagramLayout, network: NetworkSpec, weights: LayerWeights[]): Link[] {
  const links: Link[] = [];
  const half = layout.neuronSize / 2;
  const lastColumn = layout.columns.length - 1;
  // Column 0 shows every feature; only the chosen ones feed the first layer, in the spec's order.
  const inputSlots = network.features.map((f) => FEATURE_NAMES.indexOf(f));
  weights.forEach((layer, l) => {
    const fromColumn = layout.columns[l];
    const toColumn = layout.columns[l + 1];
    for (let i = 0; i < layer.inputs; i++) {
      const slot = l === 0 ? inputSlots[i] : i;
      const from = fromColumn[slot];
      const fromName = l === 0 ? FEATURE_LABELS[network.features[i]] : neuronName(l, i, lastColumn);
      for (let j = 0; j < layer.units; j++) {
        const to = toColumn[j];
        links.push({
          x1: from.x + layout.neuronSize,
          y1: from.y + half,
          x2: to.x,
          y2: to.y + half,
          weight: layer.kernel[i * layer.units + j],
          from: fromName,
          to: neuronName(l + 1, j, lastColumn),
        });
      }
    }
  });
  return links;
}
