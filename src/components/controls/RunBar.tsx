import { useMemo } from 'react';
import { engineCommand } from '../../engineClient/connectEngine';
import { compatibilityProblems } from '../../shared/compatibility';
import { effectiveBatchSize, LIMITS, LOSS_NAMES, OPTIMIZER_NAMES } from '../../shared/spec';
import { selectSpec, selectStatus, selectTrainingPoints } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { LOSS_LABELS, OPTIMIZER_LABELS } from '../../shared/displayNames';
import { optionsOf } from './labels';
import { AdvancedSettings } from './AdvancedSettings';
import { NumberField } from './NumberField';
import { OptimizerFields } from './OptimizerFields';
import { ProgressReadout } from './ProgressReadout';
import { RUN_SHORTCUTS, runButtonStates, type RunShortcut } from './runShortcuts';
import { SelectField } from './SelectField';
import { GLOSSARY, Term } from './Term';
import { useRunShortcuts } from './useRunShortcuts';

const BATCH_FIXED: Partial<Record<string, string>> = {
  batchGd: 'Batch gradient descent uses every training point for each update.',
  sgd: 'Stochastic gradient descent uses one point per update.',
};

/** The key under its button; screen readers get it from aria-keyshortcuts instead. */
function KeyHint({ shortcut }: { shortcut: RunShortcut }) {
  return (
    <kbd className="key-hint" aria-hidden="true">
      {RUN_SHORTCUTS[shortcut]}
    </kbd>
  );
}

/** The run controls and main hyper-parameters, in one bar across the top. */
export function RunBar() {
  const spec = usePlayground(selectSpec);
  const status = usePlayground(selectStatus);
  const setTraining = usePlayground((s) => s.setTraining);
  const blocked = useMemo(() => compatibilityProblems(spec).length > 0, [spec]);
  const buttons = runButtonStates(status, blocked);
  const { training } = buttons;
  useRunShortcuts();
  const batchFixed = BATCH_FIXED[spec.training.optimizer];
  // SGD and batch gradient descent decide the batch themselves: the field shows the size they use.
  const trainingPoints = usePlayground(selectTrainingPoints);
  const batchShown = batchFixed ? effectiveBatchSize(spec.training, trainingPoints) : spec.training.batchSize;
  return (
    <section className="run-bar" aria-label="Run controls">
      <div className="run-buttons">
        <span className="run-button">
          <button
            type="button"
            className="primary train-button"
            disabled={!buttons.trainPauseEnabled}
            onClick={() => void engineCommand(training ? 'pause' : 'start')}
            aria-describedby="run-status"
            aria-keyshortcuts={RUN_SHORTCUTS.trainPause}
            title="Train or pause (key: Space)"
          >
            <span aria-hidden="true">{training ? '❚❚' : '▶'}</span> {training ? 'Pause' : 'Train'}
          </button>
          <KeyHint shortcut="trainPause" />
        </span>
        <span className="run-button">
          <button type="button" disabled={!buttons.stepEnabled} onClick={() => void engineCommand('step')} aria-keyshortcuts={RUN_SHORTCUTS.step} title="Train one epoch (key: S)">
            Step
          </button>
          <KeyHint shortcut="step" />
        </span>
        <span className="run-button">
          <button type="button" onClick={() => void engineCommand('reset')} aria-keyshortcuts={RUN_SHORTCUTS.reset} title="Back to the initial weights, epoch 0 (key: R)">
            Reset
          </button>
          <KeyHint shortcut="reset" />
        </span>
      </div>
      <ProgressReadout />
      <NumberField
        label="Learning rate"
        control="learningRate"
        value={spec.training.learningRate}
        min={LIMITS.learningRate.min}
        max={LIMITS.learningRate.max}
        step="any"
        onCommit={(v) => setTraining('learningRate', v!)}
      />
      <div className="batch-field" title={batchFixed}>
        <NumberField
          label="Batch size"
          control="batchSize"
          value={batchShown}
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
        control="epochs"
        value={spec.training.epochs}
        min={LIMITS.epochs.min}
        max={LIMITS.epochs.max}
        integer
        emptyMeans="unlimited"
        className="epochs-field"
        onCommit={(v) => setTraining('epochs', v)}
      />
      <SelectField label="Loss" control="loss" value={spec.training.loss} options={optionsOf(LOSS_LABELS, LOSS_NAMES)} onChange={(v) => setTraining('loss', v)} />
      <SelectField
        label="Optimizer"
        control="optimizer"
        value={spec.training.optimizer}
        options={optionsOf(OPTIMIZER_LABELS, OPTIMIZER_NAMES)}
        onChange={(v) => setTraining('optimizer', v)}
      />
      <OptimizerFields training={spec.training} />
      <AdvancedSettings />
    </section>
  );
}
