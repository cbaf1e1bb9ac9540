import { usePlayground } from '../../store/store';

/**
 * Train pressed at or past the epoch limit starts nothing; this says why, in the page's words, for
 * as long as it is still true (raising Epochs or a Reset makes it go away).
 */
export function EpochLimitNotice() {
  const refused = usePlayground((s) => s.startRefusal !== null);
  const epoch = usePlayground((s) => s.epoch);
  const limit = usePlayground((s) => s.spec.training.epochs);
  const dismiss = usePlayground((s) => s.setStartRefusal);
  if (!refused || limit === null || epoch < limit) return null;
  return (
    <div className="notices">
      <div role="alert" className="notice warning">
        <p>
          Already at epoch {epoch} of {limit} — raise Epochs or Reset.
        </p>
        <button type="button" onClick={() => dismiss(null)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
