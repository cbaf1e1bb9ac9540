import { usePlayground } from '../../store/store';

/**
 * Train pressed at or past the epoch limit starts nothing; this says why, in the page's words, until
 * the learner answers it: a change of Epochs, a Reset or a new run clears the refusal in the store.
 */
export function EpochLimitNotice() {
  const refused = usePlayground((s) => s.startRefusal !== null);
  const epoch = usePlayground((s) => s.epoch);
  const limit = usePlayground((s) => s.spec.training.epochs);
  const dismiss = usePlayground((s) => s.setStartRefusal);
  if (!refused || limit === null) return null;
  return (
    <div role="alert" className="notice warning">
      <p>
        Already at epoch {epoch} of {limit} — raise Epochs or Reset.
      </p>
      <button type="button" onClick={() => dismiss(null)}>
        Dismiss
      </button>
    </div>
  );
}
