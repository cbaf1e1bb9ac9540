import { outputActivationsFor, problemTypeOf } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { ACTIVATION_LABELS, optionsOf } from '../controls/labels';
import { SelectField } from '../controls/SelectField';

export function OutputHeader() {
  const spec = usePlayground(selectSpec);
  const setOutputActivation = usePlayground((s) => s.setOutputActivation);
  const allowed = outputActivationsFor(problemTypeOf(spec.data.dataset));
  return (
    <div className="column-header-inner">
      <div className="column-title">Output</div>
      <p className="hint">{problemTypeOf(spec.data.dataset) === 'classification' ? 'one unit, the class' : 'one unit, the value'}</p>
      <SelectField
        label="Output activation"
        hideLabel
        value={spec.network.outputActivation}
        options={optionsOf(ACTIVATION_LABELS, allowed)}
        onChange={setOutputActivation}
        disabled={allowed.length < 2}
      />
    </div>
  );
}
