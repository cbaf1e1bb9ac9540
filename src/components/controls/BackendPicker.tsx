import { BACKEND_CHOICES } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { BackendReadout } from './BackendReadout';
import { BACKEND_LABELS } from '../../shared/displayNames';
import { optionsOf } from './labels';
import { SelectField } from './SelectField';

/** Where the maths runs: a choice (auto measures) and what is actually in use. */
export function BackendPicker() {
  const backend = usePlayground((s) => selectSpec(s).training.backend);
  const setTraining = usePlayground((s) => s.setTraining);
  return (
    <div className="backend-group">
      <SelectField label="Backend" control="backend" value={backend} options={optionsOf(BACKEND_LABELS, BACKEND_CHOICES)} onChange={(v) => setTraining('backend', v)} />
      <BackendReadout />
    </div>
  );
}
