import { useMemo } from 'react';
import { selectRuns } from '../../store/runsSlice';
import { usePlayground } from '../../store/store';
import { OverlayChart } from './OverlayChart';
import { RunList } from './RunList';
import './compare.css';

/** Finished runs side by side: which settings differed, and their loss curves on one chart. */
export function RunComparison() {
  const runs = usePlayground(selectRuns);
  const overlaid = useMemo(() => runs.filter((run) => run.overlaid), [runs]);
  return (
    <section className="panel run-comparison" aria-labelledby="run-comparison-heading">
      <h2 id="run-comparison-heading">Run comparison</h2>
      {runs.length === 0 ? (
        <p className="hint compare-empty">
          No runs yet. A run is kept here when it reaches its epoch count, or when you start another after training it (Reset, or a change of
          optimizer, layers, data…). Change one setting, train again, and compare the loss curves: SGD against Adam on the same data and seed,
          say.
        </p>
      ) : (
        <div className="compare-body">
          <RunList runs={runs} />
          <OverlayChart runs={overlaid} />
        </div>
      )}
    </section>
  );
}
