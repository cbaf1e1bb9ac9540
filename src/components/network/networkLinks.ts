import type { LayerWeights, ParameterRef } from '../../shared/engineTypes';
import type { DiagramLayout, Link } from './diagramLayout';

/** Weights that belong to this exact network shape, or null while a new one is being built. */
export function weightsMatching(inputWidth: number, widths: number[], weights: LayerWeights[] | undefined): LayerWeights[] | null {
  if (!weights || weights.length !== widths.length) return null;
  let inputs = inputWidth;
  for (let i = 0; i < widths.length; i++) {
    if (weights[i].inputs !== inputs || weights[i].units !== widths[i]) return null;
    inputs = widths[i];
  }
  return weights;
}

function neuronName(column: number, index: number, lastColumn: number): string {
  if (column === lastColumn) return lastColumn > 0 && index >= 0 ? `output ${index + 1}` : 'output';
  return `neuron ${index + 1} of layer ${column}`;
}

/** A drawn link and, unless it is one-to-one, the weight in the model it shows (clicked to edit). */
export interface DiagramLink extends Link {
  ref: ParameterRef | null;
}

/** Links from every input slot and neuron to the next column, with their weights (0 for one-to-one). */
export function buildLinks(layout: DiagramLayout, inputSlots: number[], inputNames: string[], weights: LayerWeights[]): DiagramLink[] {
  const links: DiagramLink[] = [];
  const half = layout.neuronSize / 2;
  const lastColumn = layout.columns.length - 1;
  // Column 0 may show more than feeds the network (every feature, chosen or not): inputSlots says
  // where each network input sits in it.
  weights.forEach((layer, l) => {
    const fromColumn = layout.columns[l];
    const toColumn = layout.columns[l + 1];
    const fromName = (i: number) => (l === 0 ? inputNames[i] : neuronName(l, i, lastColumn));
    const link = (i: number, j: number, weight: number, identity: boolean) => {
      const from = fromColumn[l === 0 ? inputSlots[i] : i];
      const to = toColumn[j];
      links.push({
        x1: from.x + layout.neuronSize,
        y1: from.y + half,
        x2: to.x,
        y2: to.y + half,
        weight,
        identity,
        from: fromName(i),
        to: neuronName(l + 1, j, lastColumn),
        ref: identity ? null : { kind: 'weight', layer: l, from: i, to: j },
      });
    };
    if (layer.identity) {
      for (let i = 0; i < layer.inputs; i++) link(i, i, 0, true);
      return;
    }
    for (let i = 0; i < layer.inputs; i++) {
      for (let j = 0; j < layer.units; j++) link(i, j, layer.kernel[i * layer.units + j], false);
    }
  });
  return links;
}
