import { describe, expect, it } from 'vitest';
import type { LayerWeights } from '../../shared/engineTypes';
import { editTargets, incomingParameters, parameterLabel, sameParameter } from './weightTargets';

const layer = (inputs: number, units: number, start: number): LayerWeights => ({
  inputs,
  units,
  kernel: Float32Array.from({ length: inputs * units }, (_, i) => start + i),
  bias: Float32Array.from({ length: units }, (_, i) => -1 - i),
  identity: false,
});
// x1, x2 → 3 units → 2 outputs
const weights = [layer(2, 3, 0), layer(3, 2, 10)];
const widths = [3, 2];
const names = ['x1', 'x2'];

describe('what the weight editor offers', () => {
  it('names each parameter as the diagram does, in words that begin with "Weight from"', () => {
    expect(parameterLabel({ kind: 'weight', layer: 0, from: 0, to: 1 }, widths, names)).toBe('Weight from x1 to layer 1, neuron 2');
    expect(parameterLabel({ kind: 'weight', layer: 1, from: 2, to: 0 }, widths, names)).toBe('Weight from layer 1, neuron 3 to output 1');
    expect(parameterLabel({ kind: 'bias', layer: 0, to: 2 }, widths, names)).toBe('Bias of layer 1, neuron 3');
    expect(parameterLabel({ kind: 'bias', layer: 0, to: 0 }, [3, 1], names)).toBe('Bias of layer 1, neuron 1');
    expect(parameterLabel({ kind: 'weight', layer: 1, from: 0, to: 0 }, [3, 1], names)).toBe('Weight from layer 1, neuron 1 to output');
  });

  it("lists a neuron's incoming weights then its bias, with the values the diagram shows", () => {
    const targets = editTargets(incomingParameters({ layer: 1, index: 1 }, weights), weights, widths, names)!;
    expect(targets.map((t) => [t.label, t.value])).toEqual([
      ['Weight from layer 1, neuron 1 to output 2', 11],
      ['Weight from layer 1, neuron 2 to output 2', 13],
      ['Weight from layer 1, neuron 3 to output 2', 15],
      ['Bias of output 2', -2],
    ]);
  });

  it('offers nothing for pass-through layers, and drops targets once the network changed', () => {
    const identity: LayerWeights = { inputs: 3, units: 3, kernel: new Float32Array(0), bias: new Float32Array(0), identity: true };
    expect(incomingParameters({ layer: 1, index: 0 }, [weights[0], identity])).toEqual([]);
    expect(editTargets([{ kind: 'weight', layer: 0, from: 5, to: 0 }], weights, widths, names)).toBeNull();
    expect(editTargets([{ kind: 'bias', layer: 0, to: 0 }], null, widths, names)).toBeNull();
  });
});

describe('sameParameter', () => {
  it('tells weights by both ends and biases by their neuron, never one for the other', () => {
    expect(sameParameter({ kind: 'weight', layer: 1, from: 2, to: 0 }, { kind: 'weight', layer: 1, from: 2, to: 0 })).toBe(true);
    expect(sameParameter({ kind: 'weight', layer: 1, from: 2, to: 0 }, { kind: 'weight', layer: 1, from: 0, to: 2 })).toBe(false);
    expect(sameParameter({ kind: 'bias', layer: 1, to: 0 }, { kind: 'weight', layer: 1, from: 0, to: 0 })).toBe(false);
    expect(sameParameter({ kind: 'bias', layer: 0, to: 3 }, { kind: 'bias', layer: 0, to: 3 })).toBe(true);
  });
});
