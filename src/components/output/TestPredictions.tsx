import { PredictedActualChart } from '../../charts/PredictedActualChart';
import { isTableDataset } from '../../shared/spec';
import { selectPictures, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { usePlanePreview } from '../useDataPreview';

/** Regression on a table: the picture plane shows a slice, so also every test point's prediction. */
export function TestPredictions() {
  const spec = usePlayground(selectSpec);
  const predictions = usePlayground((s) => selectPictures(s)?.testPredictions ?? null);
  const data = usePlanePreview();
  if (!isTableDataset(spec.data.dataset) || !predictions || !data || predictions.length !== data.testCount) return null;
  return <PredictedActualChart actual={data.test.labels} predicted={predictions} size={260} />;
}
