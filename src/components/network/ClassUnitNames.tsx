import type { DataSpec } from '../../shared/spec';
import { classNameOf } from '../output/classNames';
import { columnBox, type DiagramLayout } from './diagramLayout';
import './handsOn.css';

/** Pictures this small leave no room for a word under them: their titles still name the class. */
const MIN_NAMED_SIZE = 28;

/** Each softmax unit's class, named under its picture (the picture is framed in the class colour). */
export function ClassUnitNames({ layout, column, data }: { layout: DiagramLayout; column: number; data: DataSpec }) {
  if (layout.neuronSize < MIN_NAMED_SIZE) return null;
  return layout.columns[column].map((position, j) => (
    <span key={j} className="class-unit-name" style={{ ...columnBox(layout, column), top: position.y + layout.neuronSize + 2 }}>
      {classNameOf(data, j)}
    </span>
  ));
}
