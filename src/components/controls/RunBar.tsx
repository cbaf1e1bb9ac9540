import { useShallow } from 'zustand/react/shallow';
import { engineCommand } from '../../engineClient/connectEngine';
import { LIMITS, LOSS_NAMES, OPTIMIZER_NAMES, problemTypeOf } from '../../shared/spec';
import { selectProgress, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { LOSS_LABELS, OPTIMIZER_LABELS, optionsOf } from './labels';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

const STATUS_TEXT = { idle: 'ready', training: 'training', paused: 'paused', done: 'finished', error: 'stopped' } as const;

/** The run controls and main hyper-parameters, in one bar across the top. */
export function RunBar() {
  const spec = usePlayground(selectSpec);
  const setTraining = usePlayground((s) => s.setTraining);
  const { epoch, iteration, iterationsPerEpoch, status, configuring } = usePlayground(useShallow(selectProgress));
  const training = status === 'training';
  const lossChoices = problemTypeOf(spec.data.dataset) === 'classification' ? LOSS_NAMES : (['meanSquaredError'] as const);
  return (
    <section className="run-bar" aria-label="Run controls">
      <div className="run-buttons">
        <button
          type="button"
          className="primary train-button"
          onClick={() => void engineCommand(training ? 'pause' : 'start')}
          aria-describedby="run-status"
        >
          <span aria-hidden="true">{training ? '❚❚' : '▶'}</span> {training ? 'Pause' : 'Train'}
        </button>
        <button type="button" onClick={() => void engineCommand('step')}>
          Step
        </button>
        <button type="button" onClick={() => void engineCommand('reset')}>
          Reset
        </button>
      </div>
      <div className="progress readout" id="run-status">
        <label htmlFor="epoch-readout">Epoch</label>
        <output id="epoch-readout" className="big-number">
          {epoch}
        </output>
        <span className="iteration">
          iteration <output aria-label="Iteration">{iteration}</output> of <output aria-label="Iterations per epoch">{iterationsPerEpoch}</output>
          {' · '}
          <span className="status-text">{configuring ? 'setting up…' : STATUS_TEXT[status]}</span>
        </span>
      </div>
      <NumberField
        label="Learning rate"
        value={spec.training.learningRate}
        min={LIMITS.learningRate.min}
        max={LIMITS.learningRate.max}
        step="any"
        onCommit={(v) => setTraining('learningRate', v!)}
      />
      <NumberField
        label="Batch size"
        value={spec.training.batchSize}
        min={LIMITS.batchSize.min}
        max={LIMITS.batchSize.max}
        integer
        onCommit={(v) => setTraining('batchSize', v!)}
      />
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
      <SelectField label="Loss" value={spec.training.loss} options={optionsOf(LOSS_LABELS, lossChoices)} onChange={(v) => setTraining('loss', v)} />
      <SelectField
        label="Optimizer"
        value={spec.training.optimizer}
        options={optionsOf(OPTIMIZER_LABELS, OPTIMIZER_NAMES)}
        onChange={(v) => setTraining('optimizer', v)}
      />
      <NumberField label="Seed" value={spec.training.seed} min={LIMITS.seed.min} max={LIMITS.seed.max} integer onCommit={(v) => setTraining('seed', v!)} />
    </section>
  );
}
