import { ActivationCurve } from '../../charts/ActivationCurve';
import { outputsEveryStep } from '../../shared/layers/inferShapes';
import { classCountOf, outputActivationsFor, outputUnits, problemTypeOf } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { ACTIVATION_LABELS } from '../../shared/displayNames';
import { optionsOf } from '../controls/labels';
import { SelectField } from '../controls/SelectField';

function describeOutput(units: number, classes: number, regression: boolean): string {
  if (regression) return 'one unit: the value';
  if (units > 1) return `${units} units: one probability per class`;
  return classes === 2 ? 'one unit: its sign is the class' : 'one unit';
}


export function OutputHeader() {
  const spec = usePlayground(selectSpec);
  const setOutput = usePlayground((s) => s.setOutput);
  const allowed = outputActivationsFor(spec.data);
  const units = outputUnits(spec);
  return (
    <div className="column-header-inner">
      <div className="column-title">Output</div>
      <p className="hint">
        {describeOutput(units, classCountOf(spec.data), problemTypeOf(spec.data) === 'regression')}
        {/* After a last layer that returns its sequence, the output answers after every step, not only the last. */}
        {outputsEveryStep(spec) && ', after every step'}
      </p>
      <SelectField
        label="Output activation"
        control="output"
        hideLabel
        value={spec.network.outputActivation}
        options={optionsOf(ACTIVATION_LABELS, allowed)}
        onChange={(v) => setOutput({ outputActivation: v })}
        disabled={allowed.length < 2}
      />
      <ActivationCurve activation={spec.network.outputActivation} width={96} height={30} />
    </div>
  );
}
