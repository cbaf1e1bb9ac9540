import { useMemo } from 'react';
import { ClassRegionsCanvas } from '../../charts/ClassRegionsCanvas';
import { CurveChart } from '../../charts/CurveChart';
import { toSignedRange } from '../../charts/colorScale';
import { HeatmapCanvas } from '../../charts/HeatmapCanvas';
import { PointsOverlay } from '../../charts/PointsOverlay';
import { buildSplitData } from '../../data/playgroundData';
import { ONE_DIMENSIONAL_DATASETS, outputUnits, problemTypeOf } from '../../shared/spec';
import { selectPictures, selectShowTestData, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';

const SIZE = 260;

/** The network's output over the input plane, with the data on top. */
export function DecisionBoundary() {
  const spec = usePlayground(selectSpec);
  const pictures = usePlayground(selectPictures);
  const showTest = usePlayground(selectShowTestData);
  const setShowTest = usePlayground((s) => s.setShowTestData);
  // Same pure generator as the worker, so the points drawn are exactly those trained on.
  const data = useMemo(() => buildSplitData(spec.data), [spec.data]);
  const activation = spec.network.outputActivation;
  const toSigned = useMemo(() => toSignedRange(activation), [activation]);
  const classification = problemTypeOf(spec.data.dataset) === 'classification';
  const units = outputUnits(spec);
  const current = pictures && pictures.outputUnits === units ? pictures : null;
  const label = classification ? "Decision regions: the network's predicted class over the input plane" : "The network's predicted value over the input plane";
  if (ONE_DIMENSIONAL_DATASETS.includes(spec.data.dataset)) {
    return (
      <>
        <CurveChart train={data.train} test={showTest ? data.test : null} curve={pictures?.curve ?? null} width={SIZE + 20} height={SIZE} />
        <p className="hint axis-hint">x₁ across, the target y up. Line: the network's prediction.</p>
        <label className="checkbox-field">
          <input type="checkbox" checked={showTest} onChange={(e) => setShowTest(e.target.checked)} /> Show test data
        </label>
      </>
    );
  }
  return (
    <>
      <div className="boundary" style={{ width: SIZE, height: SIZE }}>
        {units > 1 && current ? (
          <ClassRegionsCanvas values={current.output} classes={units} size={current.outputGridSize} displaySize={SIZE} label={label} />
        ) : (
          <HeatmapCanvas values={current?.output ?? null} size={current?.outputGridSize ?? 1} displaySize={SIZE} toSigned={toSigned} label={label} />
        )}
        <PointsOverlay train={data.train} test={showTest ? data.test : null} size={SIZE} classification={classification} />
      </div>
      <p className="hint axis-hint">
        x₁ across, x₂ up, both from −6 to 6. {classification ? 'Colour: the class.' : 'Colour: orange negative, blue positive.'}
      </p>
      <label className="checkbox-field">
        <input type="checkbox" checked={showTest} onChange={(e) => setShowTest(e.target.checked)} /> Show test data
      </label>
    </>
  );
}
