import { useShallow } from 'zustand/react/shallow';
import { selectProgress } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { GLOSSARY, Term } from './Term';

const STATUS_TEXT = { idle: 'ready', training: 'training', paused: 'paused', done: 'finished', error: 'stopped' } as const;

/**
 * "Epoch E, iteration I of N", each word explained on hover or focus. The <output>s change every
 * frame: aria-live="off" overrides their implicit polite status role, so only TrainingAnnouncer's
 * throttled region speaks while training.
 */
export function ProgressReadout() {
  const { epoch, iteration, iterationsPerEpoch, status, configuring } = usePlayground(useShallow(selectProgress));
  return (
    <div className="progress readout" id="run-status">
      <label htmlFor="epoch-readout">Epoch</label>
      <output id="epoch-readout" className="big-number" aria-live="off">
        {epoch}
      </output>
      <span className="iteration">
        <Term explanation={GLOSSARY.epoch}>epoch</Term> {epoch}, <Term explanation={GLOSSARY.iteration}>iteration</Term>{' '}
        {/* As wide as the largest count it will show, so the words after it stay put. */}
        <output aria-label="Iteration" aria-live="off" className="iteration-count" style={{ minWidth: `${String(iterationsPerEpoch).length}ch` }}>
          {iteration}
        </output>{' '}
        of{' '}
        <output aria-label="Iterations per epoch" aria-live="off">
          {iterationsPerEpoch}
        </output>
        {' · '}
        <span className="status-text">{configuring ? 'setting up…' : STATUS_TEXT[status]}</span>
      </span>
    </div>
  );
}
