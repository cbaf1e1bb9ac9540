import { memo, useMemo } from 'react';
import { HeatmapCanvas } from '../../charts/HeatmapCanvas';
import { toSignedRange } from '../../charts/colorScale';

interface NeuronPictureProps {
  /** The layer's neuron-major activations; this neuron's slice is cut here. */
  layerValues: Float32Array | null;
  index: number;
  gridSize: number;
  activation: string;
  x: number;
  y: number;
  size: number;
  title: string;
  dimmed?: boolean;
  /** "layer:index", for the diagram's hover (one listener for every picture). */
  neuron?: string;
  /** A softmax unit's class colour: its frame and its picture's scale. */
  accent?: string;
  colorTable?: Uint8ClampedArray;
}

/** One neuron: its output over the input plane, as a small heatmap. */
export const NeuronPicture = memo(function NeuronPicture(props: NeuronPictureProps) {
  const { layerValues, index, gridSize, activation, x, y, size, title, dimmed, neuron, accent, colorTable } = props;
  const cells = gridSize * gridSize;
  const values = useMemo(
    () => (layerValues && layerValues.length >= (index + 1) * cells ? layerValues.subarray(index * cells, (index + 1) * cells) : null),
    [layerValues, index, cells],
  );
  const toSigned = useMemo(() => toSignedRange(activation), [activation]);
  return (
    <div
      className={`neuron${dimmed ? ' dimmed' : ''}${accent ? ' class-unit' : ''}`}
      style={{ left: x, top: y, width: size, height: size, ...(accent ? { borderColor: accent, boxShadow: `0 0 0 2px ${accent}` } : {}) }}
      title={title}
      data-neuron={neuron}
    >
      {/* No canvas while there is nothing to draw (image and sequence networks have no plane): hundreds of empty ones cost frames. */}
      {values && <HeatmapCanvas values={values} size={gridSize} displaySize={size} toSigned={toSigned} colorTable={colorTable} />}
    </div>
  );
});
