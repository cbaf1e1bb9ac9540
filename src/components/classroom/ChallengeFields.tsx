import { LIMITS } from '../../shared/spec';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { CHALLENGE_GOALS, type ChallengeForm, type ChallengeGoal } from './teacherLink';

const GOAL_OPTIONS = (Object.keys(CHALLENGE_GOALS) as ChallengeGoal[]).map((value) => ({ value, label: CHALLENGE_GOALS[value].label }));

interface ChallengeFieldsProps {
  form: ChallengeForm;
  onChange(form: ChallengeForm): void;
}

/** The goal of a challenge and the limits on the network that reaches it. */
export function ChallengeFields({ form, onChange }: ChallengeFieldsProps) {
  const set = (patch: Partial<ChallengeForm>) => onChange({ ...form, ...patch });
  return (
    <div className="challenge-fields">
      <SelectField label="Goal" value={form.goal} options={GOAL_OPTIONS} onChange={(goal) => set({ goal, value: CHALLENGE_GOALS[goal].defaultValue })} />
      <NumberField label="Goal value" value={form.value} min={0} max={1000} step="any" onCommit={(value) => set({ value: value! })} />
      <NumberField label="Most hidden neurons" value={form.maxNeurons} min={0} max={LIMITS.units.max * LIMITS.hiddenLayers.max} integer emptyMeans="no limit" onCommit={(maxNeurons) => set({ maxNeurons })} />
      <NumberField label="Most hidden layers" value={form.maxLayers} min={0} max={LIMITS.hiddenLayers.max} integer emptyMeans="no limit" onCommit={(maxLayers) => set({ maxLayers })} />
      <NumberField label="Most epochs" value={form.maxEpochs} min={1} max={LIMITS.epochs.max} integer emptyMeans="no limit" onCommit={(maxEpochs) => set({ maxEpochs })} />
    </div>
  );
}
