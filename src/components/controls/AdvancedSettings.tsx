import { useId, useState } from 'react';
import { LIMITS } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { useControl } from '../classroom/useControl';
import { BackendPicker } from './BackendPicker';
import { NumberField } from './NumberField';

/**
 * Settings a first lesson does not need: where the maths runs, gradient clipping and the seed.
 * Behind a disclosure so that the first screen stays calm; links and saved settings carry them as
 * before. Closed, the panel stays in the page (hidden), so the active backend is still known.
 */
export function AdvancedSettings() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const training = usePlayground((s) => selectSpec(s).training);
  const setTraining = usePlayground((s) => s.setTraining);
  // A teacher's link that hides all three leaves nothing to disclose.
  const hidden = [useControl('backend'), useControl('optimizer'), useControl('seed')].every((c) => c.hidden);
  if (hidden) return null;
  return (
    <>
      <button type="button" className="advanced-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Advanced
      </button>
      <div id={panelId} className="advanced-panel" role="group" aria-label="Advanced settings" hidden={!open}>
        <BackendPicker />
        <NumberField
          label="Gradient clipping"
          control="optimizer"
          className="small-number"
          value={training.gradientClip}
          min={LIMITS.gradientClip.min}
          max={LIMITS.gradientClip.max}
          step="any"
          onCommit={(v) => setTraining('gradientClip', v!)}
        />
        <NumberField label="Seed" control="seed" value={training.seed} min={LIMITS.seed.min} max={LIMITS.seed.max} integer onCommit={(v) => setTraining('seed', v!)} />
      </div>
    </>
  );
}
