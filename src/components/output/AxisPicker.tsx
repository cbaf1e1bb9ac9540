import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { SelectField } from '../controls/SelectField';

/** For tables with more than two inputs: which two span the pictures (the others sit at their mean). */
export function AxisPicker() {
  const table = usePlayground((s) => selectSpec(s).data.table);
  const setAxes = usePlayground((s) => s.setTableAxes);
  if (!table || table.inputs.length < 3) return null;
  const options = table.inputs.map((name) => ({ value: name, label: name }));
  const [across, up] = table.axes;
  return (
    <div className="axis-picker">
      <SelectField label="Horizontal axis" value={across} options={options} onChange={(v) => setAxes([v, v === up ? (table.axes[0] ?? up) : up].filter(Boolean))} />
      <SelectField label="Vertical axis" value={up ?? table.inputs[1]} options={options} onChange={(v) => setAxes([v === across ? (up ?? across) : across, v])} />
    </div>
  );
}
