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
}

/** One neuron: its output over the input plane, as a small heatmap. */
export const NeuronPicture = memo(function NeuronPicture(props: NeuronPictureProps) {
  const { layerValues, index, gridSize, activation, x, y, size, title, dimmed } = props;
  const cells = gridSize * gridSize;
  const values = useMemo(
    () => (layerValues && layerValues.length >= (index + 1) * cells ? layerValues.subarray(index * cells, (index + 1) * cells) : null),
    [layerValues, index, cells],
  );
  const toSigned = useMemo(() => toSignedRange(activation), [activation]);
  return (
    <div className={`neuron${dimmed ? ' dimmed' : ''}`} style={{ left: x, top: y, width: size, height: size }} title={title}>
      <HeatmapCanvas values={values} size={gridSize} displaySize={size} toSigned={toSigned} />
    </div>
  );
});
