import { describe, expect, it } from 'vitest';
import type { LayerWeights } from '../../shared/engineTypes';
import { describeNeuron, moveInspection } from './neuronInspection';

const WIDTHS = [4, 2, 1];

describe('moving the neuron inspection with the keyboard', () => {
  it('starts at the first neuron of the first layer on any arrow key', () => {
    expect(moveInspection(null, 'ArrowDown', WIDTHS)).toEqual({ layer: 0, index: 0 });
  });

  it('moves within a layer and between layers, keeping the row where the layer is tall enough', () => {
    expect(moveInspection({ layer: 0, index: 2 }, 'ArrowDown', WIDTHS)).toEqual({ layer: 0, index: 3 });
    expect(moveInspection({ layer: 0, index: 3 }, 'ArrowDown', WIDTHS)).toEqual({ layer: 0, index: 3 });
    expect(moveInspection({ layer: 0, index: 0 }, 'ArrowUp', WIDTHS)).toEqual({ layer: 0, index: 0 });
    expect(moveInspection({ layer: 0, index: 3 }, 'ArrowRight', WIDTHS)).toEqual({ layer: 1, index: 1 });
    expect(moveInspection({ layer: 2, index: 0 }, 'ArrowRight', WIDTHS)).toEqual({ layer: 2, index: 0 });
    expect(moveInspection({ layer: 1, index: 1 }, 'ArrowLeft', WIDTHS)).toEqual({ layer: 0, index: 1 });
    expect(moveInspection({ layer: 0, index: 1 }, 'End', WIDTHS)).toEqual({ layer: 0, index: 3 });
    expect(moveInspection({ layer: 0, index: 3 }, 'Home', WIDTHS)).toEqual({ layer: 0, index: 0 });
  });

  it('leaves other keys (Tab, Space, letters) to the page', () => {
    for (const key of ['Tab', ' ', 's', 'Enter']) expect(moveInspection({ layer: 0, index: 0 }, key, WIDTHS)).toBeNull();
  });
});

describe('describing a neuron', () => {
  const dense: LayerWeights = { inputs: 2, units: 4, kernel: Float32Array.from([0.5, -0.25, 1, 0, -1.5, 0.125, 2, 3]), bias: Float32Array.from([0.1, -0.2, 0, 0]), identity: false };

  it('gives its bias and every weight coming into it, by source name', () => {
    expect(describeNeuron({ layer: 0, index: 1 }, WIDTHS, [dense], ['x1', 'x2'], 'Tanh')).toBe('Layer 1, neuron 2 (Tanh): bias −0.200; weights in: x1 −0.250, x2 0.125.');
  });

  it('names the output and the previous layer’s neurons', () => {
    const out: LayerWeights = { inputs: 2, units: 1, kernel: Float32Array.from([0.3, -0.7]), bias: Float32Array.from([0.05]), identity: false };
    expect(describeNeuron({ layer: 2, index: 0 }, WIDTHS, [dense, dense, out], ['x1', 'x2'], 'Tanh')).toBe(
      'Output (Tanh): bias 0.050; weights in: neuron 1 of layer 2 0.300, neuron 2 of layer 2 −0.700.',
    );
  });

  it('lists the first weights of a wide layer and says how many more', () => {
    const wide: LayerWeights = { inputs: 20, units: 1, kernel: new Float32Array(20), bias: new Float32Array(1), identity: false };
    expect(describeNeuron({ layer: 1, index: 0 }, [20, 1], [dense, wide], [], 'Linear', 3)).toMatch(/neuron 3 of layer 1 0\.000, and 17 more\.$/);
  });

  it('says when there are no weights yet, or none at all', () => {
    expect(describeNeuron({ layer: 0, index: 0 }, WIDTHS, null, ['x1'], 'Tanh')).toBe('Layer 1, neuron 1 (Tanh): its weights appear once the network is built.');
    const identity: LayerWeights = { inputs: 4, units: 4, kernel: new Float32Array(0), bias: new Float32Array(0), identity: true };
    expect(describeNeuron({ layer: 1, index: 2 }, [4, 4, 1], [dense, identity], ['x1', 'x2'], 'Dropout')).toBe('Layer 2, neuron 3 (Dropout): passes neuron 3 of layer 1 on, with no weights.');
  });
});
