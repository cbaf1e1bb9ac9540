import { isSequencePreview } from '../../shared/dataContract';
import { LIMITS, type DataSpec } from '../../shared/spec';
import { usePlayground } from '../../store/store';
import { NumberField } from '../controls/NumberField';
import { SliderField } from '../controls/SliderField';
import { useDataPreview } from '../useDataPreview';

/** What a sequence dataset is made of, and the window (T) every example spans. */
function SequenceSummary({ data }: { data: DataSpec }) {
  const preview = useDataPreview();
  if (!isSequencePreview(preview)) return <p className="hint">Making the sequences…</p>;
  if (preview.kind === 'symbols') {
    return (
      <p className="hint" data-testid="sequence-split">
        {preview.trainCount} training and {preview.testCount} test sequences of {data.window} symbols. Each starts with A or B, then only Cs and Ds: the network must
        remember the first symbol until the end.
      </p>
    );
  }
  if (preview.kind === 'text') {
    return (
      <p className="hint" data-testid="sequence-split">
        {preview.text.length.toLocaleString('en-US')} characters of nursery rhymes, {preview.alphabet.length} different ones; each example is {data.window} characters,
        the target the next one. Split in time: {preview.trainCount.toLocaleString('en-US')} training windows, then {preview.testCount.toLocaleString('en-US')} test
        windows from the last rhymes.
      </p>
    );
  }
  const at = (index: number) => preview.firstStep + index;
  const unit = preview.stepName;
  return (
    <p className="hint" data-testid="sequence-split">
      {preview.values.length} {unit}s; each example is {data.window} {unit}s in a row, and the target is the next one. Split in time: {preview.trainCount} training
      windows, then {preview.testCount} test windows (targets from {unit} {at(preview.testStart)} to {at(preview.values.length - 1)}).
    </p>
  );
}

/** The data controls of sequence datasets: the window length, and for generated waves their noise and length. */
export function SequenceFields({ data }: { data: DataSpec }) {
  const setData = usePlayground((s) => s.setData);
  const generated = data.dataset !== 'sunspots' && data.dataset !== 'characters';
  return (
    <>
      <NumberField label="Window length" control="window" value={data.window} min={LIMITS.window.min} max={LIMITS.window.max} integer onCommit={(v) => setData('window', v!)} />
      {data.dataset !== 'sunspots' && data.dataset !== 'memory' && data.dataset !== 'characters' && (
        <SliderField label="Noise" control="noise" value={data.noise} min={LIMITS.noise.min} max={LIMITS.noise.max} onChange={(v) => setData('noise', v)} />
      )}
      {generated && (
        <NumberField
          label="Number of sequences"
          control="numPoints"
          value={data.numPoints}
          min={LIMITS.numPoints.min}
          max={LIMITS.numPoints.max}
          integer
          onCommit={(v) => setData('numPoints', v!)}
        />
      )}
      <SequenceSummary data={data} />
    </>
  );
}
