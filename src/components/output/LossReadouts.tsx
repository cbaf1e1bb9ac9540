import { selectLatestLosses } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { formatLoss } from '../controls/labels';

export function LossReadouts() {
  const latest = usePlayground(selectLatestLosses);
  return (
    <div className="loss-readouts">
      <div className="readout">
        <label htmlFor="test-loss">Test loss</label>
        <output id="test-loss" className="big-number">
          {formatLoss(latest?.test)}
        </output>
      </div>
      <div className="readout">
        <label htmlFor="train-loss">Training loss</label>
        <output id="train-loss" className="big-number" title="Mean loss over the whole training set after the last completed epoch">
          {formatLoss(latest?.train)}
        </output>
      </div>
    </div>
  );
}
