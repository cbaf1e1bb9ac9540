import { classColor } from '../../charts/colorScale';
import { classCountOf } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { classNameOf } from './classNames';

/** Which colour is which class, by name for tables whose labels were text. */
export function ClassLegend() {
  const data = usePlayground((s) => selectSpec(s).data);
  const classes = classCountOf(data);
  if (classes === 0) return null;
  return (
    <ul className="class-legend" aria-label="Classes">
      {Array.from({ length: classes }, (_, k) => (
        <li key={k}>
          <span className="class-dot" style={{ background: classColor(k) }} aria-hidden="true" /> {classNameOf(data, k)}
        </li>
      ))}
    </ul>
  );
}
