import { lazy, Suspense } from 'react';
import { LossChart } from '../../charts/LossChart';
import { chartPointsOf, selectHistory, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { useControl } from '../classroom/useControl';
import { ExportButtons } from '../export/ExportButtons';
import { ConfusionMatrix } from './ConfusionMatrix';
import { DecisionBoundary } from './DecisionBoundary';
import { isImageDataset, isSequenceDataset } from '../../shared/spec';
import { GradientHealth } from './GradientHealth';
import { LossReadouts } from './LossReadouts';
import { TestPredictions } from './TestPredictions';

// Image and sequence views load when such data is chosen: a first visit on points does not pay for them.
const ImageView = lazy(() => import('../images/ImageView').then((module) => ({ default: module.ImageView })));
const SequenceView = lazy(() => import('../sequences/SequenceView').then((module) => ({ default: module.SequenceView })));

export function OutputPanel() {
  const history = usePlayground(selectHistory);
  const modelFiles = useControl('modelFiles');
  const dataset = usePlayground((s) => selectSpec(s).data.dataset);
  const view = isImageDataset(dataset) ? <ImageView /> : isSequenceDataset(dataset) ? <SequenceView /> : <DecisionBoundary />;
  return (
    <section className="panel output-panel" aria-labelledby="output-heading">
      <h2 id="output-heading">Output</h2>
      <LossReadouts />
      <LossChart points={chartPointsOf(history)} width={280} height={120} />
      <Suspense fallback={<p className="hint">Loading the view…</p>}>{view}</Suspense>
      <ConfusionMatrix />
      <TestPredictions />
      <GradientHealth />
      {!modelFiles.hidden && <ExportButtons />}
    </section>
  );
}
