import { lazy } from 'react';
import { selectRuns } from '../../store/runsSlice';
import { usePlayground } from '../../store/store';
import { LazyPart } from '../layout/LazyPart';
import './compare.css';

// The table, chart and spec comparison (~4 kB gzipped) sit below the workspace and are empty on a
// first visit: they load with the first kept run, not with the page.
const KeptRuns = lazy(() => import('./KeptRuns').then((module) => ({ default: module.KeptRuns })));

/** Finished runs side by side: which settings differed, and their loss curves on one chart. */
export function RunComparison() {
  const runs = usePlayground(selectRuns);
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
        <LazyPart name="The run comparison" loading={<p className="hint">Loading the kept runs…</p>}>
          <KeptRuns runs={runs} />
        </LazyPart>
      )}
    </section>
  );
}
