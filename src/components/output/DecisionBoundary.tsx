import { useMemo } from 'react';
import { ClassRegionsCanvas } from '../../charts/ClassRegionsCanvas';
import { toSignedRange } from '../../charts/colorScale';
import { CurveChart } from '../../charts/CurveChart';
import { HeatmapCanvas } from '../../charts/HeatmapCanvas';
import { PlaneTicks } from '../../charts/PlaneTicks';
import { PointsOverlay } from '../../charts/PointsOverlay';
import { isOneDimensional, isTableDataset, outputUnits, problemTypeOf } from '../../shared/spec';
import { selectPictures, selectShowTestData, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { usePlanePreview } from '../useDataPreview';
import { AxisPicker } from './AxisPicker';
import { ClassLegend } from './ClassLegend';
import { ColorLegend } from './ColorLegend';
import { useNeuronPreview } from './useNeuronPreview';
import './boundary.css';

/** The picture's side; with its tick gutter it fits the output column at 1024 px (284 px inside). */
const SIZE = 250;
const GUTTER = 28;
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1));

/** The network's output over the picture plane, with the data on top (or a curve, for one input). */
export function DecisionBoundary() {
  const spec = usePlayground(selectSpec);
  const pictures = usePlayground(selectPictures);
  const showTest = usePlayground(selectShowTestData);
  const setShowTest = usePlayground((s) => s.setShowTestData);
  const discretize = usePlayground((s) => s.discretize);
  const setDiscretize = usePlayground((s) => s.setDiscretize);
  const preview = useNeuronPreview();
  const data = usePlanePreview();
  const activation = spec.network.outputActivation;
  const toSigned = useMemo(() => {
    const signed = toSignedRange(activation);
    // Hard classes (or signs) instead of the gradient, as TF Playground's "Discretize output" draws them.
    return discretize ? (v: number) => Math.sign(signed(v)) : signed;
  }, [activation, discretize]);
  if (!data) return <p className="hint">{isTableDataset(spec.data.dataset) ? "The table's rows are not loaded: upload the file again." : 'Setting up the data…'}</p>;
  const classification = problemTypeOf(spec.data) === 'classification';
  const units = outputUnits(spec);
  const current = pictures && pictures.outputUnits === units ? pictures : null;
  const [[u0, u1], [v0, v1]] = data.plane.ranges;
  const [across, up] = data.plane.axes;
  const testToggle = (
    <label className="checkbox-field">
      <input type="checkbox" checked={showTest} onChange={(e) => setShowTest(e.target.checked)} /> Show test data
    </label>
  );
  const axisPicker = isTableDataset(spec.data.dataset) && <AxisPicker />;
  if (isOneDimensional(spec.data)) {
    return (
      <>
        {axisPicker}
        <CurveChart train={data.train} test={showTest ? data.test : null} domain={[u0, u1]} curve={pictures?.curve ?? null} width={SIZE + 30} height={SIZE} />
        <p className="hint axis-hint">{across} across, the target up. Line: the network's prediction.</p>
        {testToggle}
      </>
    );
  }
  const label = classification ? "Decision regions: the network's predicted class over the input plane" : "The network's predicted value over the input plane";
  return (
    <>
      {axisPicker}
      <div className="boundary-frame" style={{ gridTemplateColumns: `${GUTTER}px ${SIZE + 2}px` }}>
        <PlaneTicks ranges={data.plane.ranges} size={SIZE + 2} gutter={GUTTER} />
        <div className="boundary" style={{ width: SIZE + 2, height: SIZE + 2 }}>
          {units > 1 && current ? (
            <ClassRegionsCanvas values={current.output} classes={units} size={current.outputGridSize} displaySize={SIZE} label={label} discrete={discretize} />
          ) : (
            <HeatmapCanvas values={current?.output ?? null} size={current?.outputGridSize ?? 1} displaySize={SIZE} toSigned={toSigned} label={label} />
          )}
          {preview && (
            <div className="enlarged-neuron">
              <HeatmapCanvas
                values={preview.values}
                size={preview.gridSize}
                displaySize={SIZE}
                toSigned={preview.toSigned}
                colorTable={preview.colorTable}
                label={`${preview.caption}: its output at every point of the plane`}
              />
            </div>
          )}
          <PointsOverlay train={data.train} test={showTest ? data.test : null} ranges={data.plane.ranges} size={SIZE} classification={classification} />
          {preview && <p className="enlarged-caption">{preview.caption}</p>}
        </div>
      </div>
      <ColorLegend
        activation={preview?.activation ?? activation}
        classes={preview ? 0 : units > 1 ? units : 0}
        unitClass={preview?.unitClass ?? null}
        discretize={!preview && discretize}
      />
      <p className="hint axis-hint">
        {across} across ({fmt(u0)} to {fmt(u1)}), {up ?? 'nothing'} up{up ? ` (${fmt(v0)} to ${fmt(v1)})` : ''}.{' '}
        {preview ? `Showing ${preview.caption}; the output comes back once you leave it.` : classification ? 'Colour: the class.' : 'Colour: orange negative, blue positive.'}
      </p>
      <ClassLegend />
      <div className="boundary-toggles">
        {testToggle}
        <label className="checkbox-field">
          <input type="checkbox" checked={discretize} onChange={(e) => setDiscretize(e.target.checked)} /> Discretize output
        </label>
      </div>
    </>
  );
}
