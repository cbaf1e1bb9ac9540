import { useMemo } from 'react';
import { toSignedRange } from '../../charts/colorScale';
import { HeatmapCanvas } from '../../charts/HeatmapCanvas';
import { LossChart } from '../../charts/LossChart';
import { PointsOverlay } from '../../charts/PointsOverlay';
import { buildSplitData } from '../../data/playgroundData';
import { problemTypeOf } from '../../shared/spec';
import { chartPointsOf, selectHistory, selectPictures, selectShowTestData, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { LossReadouts } from './LossReadouts';

const BOUNDARY_SIZE = 260;

export function OutputPanel() {
  const spec = usePlayground(selectSpec);
  const pictures = usePlayground(selectPictures);
  const history = usePlayground(selectHistory);
  const showTest = usePlayground(selectShowTestData);
  const setShowTest = usePlayground((s) => s.setShowTestData);
  // Same pure generator as the worker, so the points drawn are exactly those trained on.
  const data = useMemo(() => buildSplitData(spec.data), [spec.data]);
  const toSigned = useMemo(() => toSignedRange(spec.network.outputActivation), [spec.network.outputActivation]);
  const classification = problemTypeOf(spec.data.dataset) === 'classification';
  return (
    <section className="panel output-panel" aria-labelledby="output-heading">
      <h2 id="output-heading">Output</h2>
      <LossReadouts />
      <LossChart points={chartPointsOf(history)} width={BOUNDARY_SIZE + 20} height={120} />
      <div className="boundary" style={{ width: BOUNDARY_SIZE, height: BOUNDARY_SIZE }}>
        <HeatmapCanvas
          values={pictures?.output ?? null}
          size={pictures?.outputGridSize ?? 1}
          displaySize={BOUNDARY_SIZE}
          toSigned={toSigned}
          label={classification ? "Decision boundary: the network's output over the input plane" : "The network's predicted value over the input plane"}
        />
        <PointsOverlay train={data.train} test={showTest ? data.test : null} size={BOUNDARY_SIZE} />
      </div>
      <p className="hint axis-hint">x₁ across, x₂ up, both from −6 to 6. Colour: orange negative, blue positive.</p>
      <label className="checkbox-field">
        <input type="checkbox" checked={showTest} onChange={(e) => setShowTest(e.target.checked)} /> Show test data
      </label>
    </section>
  );
}
