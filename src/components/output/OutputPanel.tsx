import { LossChart } from '../../charts/LossChart';
import { chartPointsOf, selectHistory, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { useControl } from '../classroom/useControl';
import { ExportButtons } from '../export/ExportButtons';
import { ConfusionMatrix } from './ConfusionMatrix';
import { DecisionBoundary } from './DecisionBoundary';
import { ImageView } from '../images/ImageView';
import { isImageDataset, isSequenceDataset } from '../../shared/spec';
import { SequenceView } from '../sequences/SequenceView';
import { GradientHealth } from './GradientHealth';
import { LossReadouts } from './LossReadouts';
import { TestPredictions } from './TestPredictions';

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
      {view}
      <ConfusionMatrix />
      <TestPredictions />
      <GradientHealth />
      {!modelFiles.hidden && <ExportButtons />}
    </section>
  );
}
