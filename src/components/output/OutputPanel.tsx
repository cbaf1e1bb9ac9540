import { LossChart } from '../../charts/LossChart';
import { chartPointsOf, selectHistory } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { useControl } from '../classroom/useControl';
import { ExportButtons } from '../export/ExportButtons';
import { ConfusionMatrix } from './ConfusionMatrix';
import { DecisionBoundary } from './DecisionBoundary';
import { GradientHealth } from './GradientHealth';
import { LossReadouts } from './LossReadouts';
import { TestPredictions } from './TestPredictions';

export function OutputPanel() {
  const history = usePlayground(selectHistory);
  const modelFiles = useControl('modelFiles');
  return (
    <section className="panel output-panel" aria-labelledby="output-heading">
      <h2 id="output-heading">Output</h2>
      <LossReadouts />
      <LossChart points={chartPointsOf(history)} width={280} height={120} />
      <DecisionBoundary />
      <ConfusionMatrix />
      <TestPredictions />
      <GradientHealth />
      {!modelFiles.hidden && <ExportButtons />}
    </section>
  );
}
