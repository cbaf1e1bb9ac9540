import { useMemo } from 'react';
import { engineCommand } from '../../engineClient/connectEngine';
import { compatibilityProblems } from '../../shared/compatibility';
import { LIMITS, LOSS_NAMES, OPTIMIZER_NAMES } from '../../shared/spec';
import { selectSpec, selectStatus } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { LOSS_LABELS, OPTIMIZER_LABELS, optionsOf } from './labels';
import { NumberField } from './NumberField';
import { OptimizerFields } from './OptimizerFields';
import { ProgressReadout } from './ProgressReadout';
import { SelectField } from './SelectField';
import { GLOSSARY, Term } from './Term';

const BATCH_FIXED: Partial<Record<string, string>> = {
  batchGd: 'Batch gradient descent uses every training point for each update.',
  sgd: 'Stochastic gradient descent uses one point per update.',
};

/** The run controls and main hyper-parameters, in one bar across the top. */
export function RunBar() {
  const spec = usePlayground(selectSpec);
  const status = usePlayground(selectStatus);
  const setTraining = usePlayground((s) => s.setTraining);
  const blocked = useMemo(() => compatibilityProblems(spec).length > 0, [spec]);
  const training = status === 'training';
  const batchFixed = BATCH_FIXED[spec.training.optimizer];
  return (
    <section className="run-bar" aria-label="Run controls">
      <div className="run-buttons">
        <button
          type="button"
          className="primary train-button"
          disabled={blocked && !training}
          onClick={() => void engineCommand(training ? 'pause' : 'start')}
          aria-describedby="run-status"
        >
          <span aria-hidden="true">{training ? '❚❚' : '▶'}</span> {training ? 'Pause' : 'Train'}
        </button>
        <button type="button" disabled={blocked} onClick={() => void engineCommand('step')}>
          Step
        </button>
        <button type="button" onClick={() => void engineCommand('reset')}>
          Reset
        </button>
      </div>
      <ProgressReadout />
      <NumberField
        label="Learning rate"
        value={spec.training.learningRate}
        min={LIMITS.learningRate.min}
        max={LIMITS.learningRate.max}
        step="any"
        onCommit={(v) => setTraining('learningRate', v!)}
      />
      <div className="batch-field" title={batchFixed}>
        <NumberField
          label="Batch size"
          value={spec.training.batchSize}
          min={LIMITS.batchSize.min}
          max={LIMITS.batchSize.max}
          integer
          disabled={batchFixed !== undefined}
          onCommit={(v) => setTraining('batchSize', v!)}
        />
        <Term explanation={batchFixed ?? GLOSSARY.batch}>what is a batch?</Term>
      </div>
      <NumberField
        label="Epochs"
        value={spec.training.epochs}
        min={LIMITS.epochs.min}
        max={LIMITS.epochs.max}
        integer
        emptyMeans="unlimited"
        className="epochs-field"
        onCommit={(v) => setTraining('epochs', v)}
      />
      <SelectField label="Loss" value={spec.training.loss} options={optionsOf(LOSS_LABELS, LOSS_NAMES)} onChange={(v) => setTraining('loss', v)} />
      <SelectField
        label="Optimizer"
        value={spec.training.optimizer}
        options={optionsOf(OPTIMIZER_LABELS, OPTIMIZER_NAMES)}
        onChange={(v) => setTraining('optimizer', v)}
      />
      <OptimizerFields training={spec.training} />
      <NumberField
        label="Gradient clipping"
        className="small-number"
        value={spec.training.gradientClip}
        min={LIMITS.gradientClip.min}
        max={LIMITS.gradientClip.max}
        step="any"
        onCommit={(v) => setTraining('gradientClip', v!)}
      />
      <NumberField label="Seed" value={spec.training.seed} min={LIMITS.seed.min} max={LIMITS.seed.max} integer onCommit={(v) => setTraining('seed', v!)} />
    </section>
  );
}
