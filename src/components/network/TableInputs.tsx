import { useMemo } from 'react';
import { gridOver, planeInputsAt } from '../../data/inputPlane';
import type { InputPlane } from '../../shared/dataContract';
import type { DiagramLayout } from './diagramLayout';
import { NeuronPicture } from './NeuronPicture';

const GRID = 24;

/** Each input column over the picture plane, scaled to -1..1 (constant for columns held at their mean). */
function inputPictures(plane: InputPlane, width: number): Float32Array {
  const grid = gridOver(plane.ranges, GRID);
  const inputs = planeInputsAt(plane, grid.u, grid.v);
  const cells = GRID * GRID;
  const pictures = new Float32Array(width * cells);
  for (let c = 0; c < width; c++) {
    let scale = 0;
    for (let i = 0; i < cells; i++) scale = Math.max(scale, Math.abs(inputs[i * width + c]));
    for (let i = 0; i < cells; i++) pictures[c * cells + i] = inputs[i * width + c] / (scale || 1);
  }
  return pictures;
}

/** The input column of the diagram for a table: its input columns by name, with their pictures. */
export function TableInputs({ names, plane, layout }: { names: string[]; plane: InputPlane; layout: DiagramLayout }) {
  const pictures = useMemo(() => inputPictures(plane, names.length), [plane, names.length]);
  return (
    <>
      {names.map((name, i) => {
        const position = layout.columns[0][i];
        const onAxis = plane.axes.includes(name);
        return (
          <div key={name} className="feature table-input" style={{ left: 4, top: position.y, height: layout.neuronSize }} title={onAxis ? `${name}: an axis of the pictures` : `${name}: held at its mean in the pictures`}>
            <span className="feature-symbol">{name}</span>
            <NeuronPicture layerValues={pictures} index={i} gridSize={GRID} activation="linear" x={position.x - 4} y={0} size={layout.neuronSize} title={name} dimmed={!onAxis} />
          </div>
        );
      })}
    </>
  );
}
