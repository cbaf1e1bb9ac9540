import type { LayerWeights, ParameterRef } from '../../shared/engineTypes';
import { neuronLabel, type NeuronRef } from './neuronInspection';

/** A parameter the weight editor offers, with the words that name it and its value now. */
export interface EditTarget {
  ref: ParameterRef;
  label: string;
  value: number;
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** "Weight from x1 to layer 1, neuron 2", "Bias of output 3": the field's accessible name. */
export function parameterLabel(ref: ParameterRef, widths: readonly number[], inputNames: readonly string[]): string {
  const to = lower(neuronLabel({ layer: ref.layer, index: ref.to }, widths));
  if (ref.kind === 'bias') return `Bias of ${to}`;
  const from = ref.layer === 0 ? (inputNames[ref.from] ?? `input ${ref.from + 1}`) : lower(neuronLabel({ layer: ref.layer - 1, index: ref.from }, widths));
  return `Weight from ${from} to ${to}`;
}

/** The value the diagram shows for a parameter, or null when these weights have no such entry. */
export function parameterValue(ref: ParameterRef, weights: readonly LayerWeights[] | null): number | null {
  const layer = weights?.[ref.layer];
  if (!layer || layer.identity || ref.to >= layer.units) return null;
  if (ref.kind === 'bias') return layer.bias[ref.to];
  return ref.from < layer.inputs ? layer.kernel[ref.from * layer.units + ref.to] : null;
}

/** Every drawn weight into a neuron, then its bias: what the keyboard edits from the inspector. */
export function incomingParameters(neuron: NeuronRef, weights: readonly LayerWeights[] | null): ParameterRef[] {
  const layer = weights?.[neuron.layer];
  if (!layer || layer.identity || neuron.index >= layer.units) return [];
  const incoming: ParameterRef[] = Array.from({ length: layer.inputs }, (_, from) => ({ kind: 'weight', layer: neuron.layer, from, to: neuron.index }));
  return [...incoming, { kind: 'bias', layer: neuron.layer, to: neuron.index }];
}

/** Targets with their current values; null when the network changed and one of them is gone. */
export function editTargets(refs: readonly ParameterRef[], weights: readonly LayerWeights[] | null, widths: readonly number[], inputNames: readonly string[]): EditTarget[] | null {
  const targets: EditTarget[] = [];
  for (const ref of refs) {
    const value = parameterValue(ref, weights);
    if (value === null) return null;
    targets.push({ ref, label: parameterLabel(ref, widths, inputNames), value });
  }
  return targets.length > 0 ? targets : null;
}

export function sameParameter(a: ParameterRef, b: ParameterRef): boolean {
  if (a.kind === 'bias' || b.kind === 'bias') return a.kind === b.kind && a.layer === b.layer && a.to === b.to;
  return a.layer === b.layer && a.from === b.from && a.to === b.to;
}
