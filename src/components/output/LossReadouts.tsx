import type { DataPreview } from '../../shared/dataContract';
import { selectLatestLosses } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { formatAccuracy, formatLoss } from '../controls/labels';

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

/** "250 training and 250 test points", "1,438 training and 359 test images": what each figure is over. */
function setsInWords(preview: DataPreview | null): string | null {
  if (!preview) return null;
  const unit = preview.kind === 'images' ? 'images' : 'points';
  return `Mean loss per example, over all ${preview.trainCount.toLocaleString('en-US')} training and ${preview.testCount.toLocaleString('en-US')} test ${unit}, after the last epoch.`;
}

export function LossReadouts() {
  const latest = usePlayground(selectLatestLosses);
  const over = setsInWords(usePlayground((s) => s.dataPreview));
  const classification = latest ? latest.testAccuracy !== null : false;
  return (
    <div className="loss-readouts" aria-describedby={over ? 'loss-readouts-over' : undefined}>
      <Readout id="test-loss" label="Test loss" value={formatLoss(latest?.test)} />
      <Readout id="train-loss" label="Training loss" value={formatLoss(latest?.train)} title="Mean loss per point over the whole training set after the last completed epoch" />
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
