import { selectLatestLosses } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { formatAccuracy, formatLoss } from '../controls/labels';
import { setsInWords } from './setsInWords';

function Readout({ id, label, value, title }: { id: string; label: string; value: string; title?: string }) {
  return (
    <div className="readout">
      <label htmlFor={id}>{label}</label>
      {/* Not a live region: it changes every frame (TrainingAnnouncer says the progress). */}
      <output id={id} className="big-number" title={title} aria-live="off">
        {value}
      </output>
    </div>
  );
}

export function LossReadouts() {
  const latest = usePlayground(selectLatestLosses);
  const over = setsInWords(usePlayground((s) => s.dataPreview));
  const classification = latest ? latest.testAccuracy !== null : false;
  return (
    <div className="loss-readouts" aria-describedby={over ? 'loss-readouts-over' : undefined}>
      <Readout id="test-loss" label="Test loss" value={formatLoss(latest?.test)} />
      <Readout id="train-loss" label="Training loss" value={formatLoss(latest?.train)} title="Mean loss per example over the whole training set after the last completed epoch" />
      {classification && (
        <>
          <Readout id="test-accuracy" label="Test accuracy" value={formatAccuracy(latest?.testAccuracy)} />
          <Readout id="train-accuracy" label="Training accuracy" value={formatAccuracy(latest?.trainAccuracy)} />
        </>
      )}
      {over && (
        <p id="loss-readouts-over" className="hint loss-readouts-over">
          {over}
        </p>
      )}
    </div>
  );
}
