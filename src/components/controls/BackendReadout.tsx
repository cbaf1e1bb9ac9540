import { useShallow } from 'zustand/react/shallow';
import { selectEngineInfo } from '../../store/selectors';
import { usePlayground } from '../../store/store';

/** Which backend trains now, with the measured trial behind an "auto" choice on hover/focus. */
export function BackendReadout() {
  const { backend, trials } = usePlayground(useShallow(selectEngineInfo));
  const trialText = trials
    .map((t) => `${t.backend}: ${t.msPerEpoch === null ? 'unavailable' : `${t.lowerBound ? 'at least ' : ''}${t.msPerEpoch.toFixed(1)} ms per epoch`}`)
    .join('; ');
  return (
    <div className="readout backend-readout" title={trialText ? `Measured trial: ${trialText}` : undefined}>
      <label htmlFor="backend-readout">Active backend</label>
      <output id="backend-readout" tabIndex={trialText ? 0 : undefined} aria-describedby={trialText ? 'backend-trials' : undefined}>
        {backend ?? '…'}
      </output>
      {trialText && (
        <span id="backend-trials" className="visually-hidden">
          Measured trial: {trialText}
        </span>
      )}
    </div>
  );
}
