import { useMemo } from 'react';
import { MAX_OVERLAID, type KeptRun } from '../../store/runsSlice';
import { usePlayground } from '../../store/store';
import { formatAccuracy, formatLoss } from '../controls/labels';
import { compareSpecs, differencesOf } from './specDifferences';

function epochsText(run: KeptRun): string {
  return run.diverged ? `${run.epoch} (diverged)` : String(run.epoch);
}

/** Every kept run with what set it apart from the others, its final numbers, and its controls. */
export function RunList({ runs }: { runs: KeptRun[] }) {
  const setOverlaid = usePlayground((s) => s.setOverlaid);
  const removeRun = usePlayground((s) => s.removeRun);
  const clearRuns = usePlayground((s) => s.clearRuns);
  const comparison = useMemo(() => compareSpecs(runs.map((run) => run.spec)), [runs]);
  const full = runs.filter((run) => run.overlaid).length >= MAX_OVERLAID;
  const classification = runs.some((run) => run.final?.testAccuracy != null);
  return (
    <div className="run-list">
      <div className="run-list-scroll">
        <table>
          <caption className="visually-hidden">Kept runs</caption>
          <thead>
            <tr>
              <th scope="col">Overlay</th>
              <th scope="col">Run</th>
              <th scope="col">What differed</th>
              <th scope="col" className="number">
                Final test loss
              </th>
              {classification && (
                <th scope="col" className="number">
                  Test accuracy
                </th>
              )}
              <th scope="col" className="number">
                Epochs
              </th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run, i) => (
              <tr key={run.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Overlay ${run.name}`}
                    checked={run.overlaid}
                    disabled={full && !run.overlaid}
                    title={full && !run.overlaid ? `At most ${MAX_OVERLAID} runs at once: untick one first` : undefined}
                    onChange={(e) => setOverlaid(run.id, e.target.checked)}
                  />
                </td>
                <th scope="row">{run.name}</th>
                <td className="differed">{differencesOf(comparison, i) || (runs.length > 1 ? 'same settings' : '—')}</td>
                <td className="number">{formatLoss(run.final?.test)}</td>
                {classification && <td className="number">{formatAccuracy(run.final?.testAccuracy)}</td>}
                <td className="number">{epochsText(run)}</td>
                <td>
                  <button type="button" className="remove-run" aria-label={`Remove ${run.name}`} onClick={() => removeRun(run.id)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="run-list-footer">
        {full && <p className="hint">At most {MAX_OVERLAID} runs can be overlaid at once.</p>}
        <button type="button" onClick={clearRuns}>
          Clear runs
        </button>
      </div>
    </div>
  );
}
