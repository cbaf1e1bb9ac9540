import { useMemo } from 'react';
import { classColorTable, toSignedRange } from '../../charts/colorScale';
import { drawnWidth, problemTypeOf } from '../../shared/spec';
import { selectPictures, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { columnActivations, layerWidths } from '../network/columns';
import { neuronLabel } from '../network/neuronInspection';

export interface NeuronPreview {
  /** "Layer 2, neuron 3", "Output 1": as the diagram and the inspector name it. */
  caption: string;
  values: Float32Array;
  gridSize: number;
  activation: string;
  toSigned: (value: number) => number;
  /** The class a softmax unit stands for (its picture is in that class's colour), else null. */
  unitClass: number | null;
  colorTable: Uint8ClampedArray | undefined;
}

/** The neuron pointed at or inspected in the diagram, ready to draw large; null when there is none. */
export function useNeuronPreview(): NeuronPreview | null {
  const neuron = usePlayground((s) => s.previewNeuron);
  const pictures = usePlayground(selectPictures);
  const spec = usePlayground(selectSpec);
  const widths = layerWidths(spec).map(drawnWidth);
  const activation = neuron ? columnActivations(spec.network)[neuron.layer] : 'linear';
  const toSigned = useMemo(() => toSignedRange(activation ?? 'linear'), [activation]);
  if (!neuron || !pictures || pictures.layerActivations.length !== widths.length || neuron.layer >= widths.length) return null;
  const cells = pictures.neuronGridSize ** 2;
  const layer = pictures.layerActivations[neuron.layer];
  // Pictures of the network before a change of shape: nothing rather than another neuron's picture.
  if (layer.length !== widths[neuron.layer] * cells || neuron.index >= widths[neuron.layer]) return null;
  const output = neuron.layer === widths.length - 1;
  const unitClass = output && widths[neuron.layer] > 1 && problemTypeOf(spec.data) === 'classification' ? neuron.index : null;
  return {
    caption: neuronLabel(neuron, widths),
    values: layer.subarray(neuron.index * cells, (neuron.index + 1) * cells),
    gridSize: pictures.neuronGridSize,
    activation: activation ?? 'linear',
    toSigned,
    unitClass,
    colorTable: unitClass === null ? undefined : classColorTable(unitClass),
  };
}
