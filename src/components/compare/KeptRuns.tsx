import { useMemo } from 'react';
import type { KeptRun } from '../../store/runsSlice';
import { OverlayChart } from './OverlayChart';
import { RunList } from './RunList';

/** The kept runs as a table beside their overlaid loss curves. */
export function KeptRuns({ runs }: { runs: KeptRun[] }) {
  const overlaid = useMemo(() => runs.filter((run) => run.overlaid), [runs]);
  return (
    <div className="compare-body">
      <RunList runs={runs} />
      <OverlayChart runs={overlaid} />
    </div>
  );
}
