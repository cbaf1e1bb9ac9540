import { describeAdjustments, mergeAdjustments, reasonBook, type Adjustment, type Because } from '../shared/adjustments';
import { applyLocks, type ControlId } from '../shared/classroom';
import { fitInputsToData } from '../shared/fitInputs';
import { fitOutputToProblem } from '../shared/fitOutput';
import type { PlaygroundSpec } from '../shared/spec';

/** What a learner's change needs to settle: the spec before it and after it, the locks, what was said. */
export interface Change {
  before: PlaygroundSpec;
  chosen: PlaygroundSpec;
  locked: readonly ControlId[];
  adjustments: readonly Adjustment[];
  /** The choices that bring others along (a loss its output), applied after the learner's own. */
  follow?(spec: PlaygroundSpec, because: Because): void;
  /** A table that arrived (a link's or the learner's) is not an edit of a control: locks leave it be. */
  unlocked?: boolean;
}

/**
 * Settles a learner's change: the choices it brings along, the inputs and output that fit the data,
 * the teacher's locks; and says every setting the page changed that the learner did not, keeping
 * earlier sentences only while they still hold.
 */
export function settle({ before, chosen: draft, locked, adjustments, follow, unlocked }: Change): { spec: PlaygroundSpec; adjustments: Adjustment[] } {
  // A value the teacher's link or the lesson locked stays as it was, whichever control tried.
  const keep = (spec: PlaygroundSpec) => (unlocked ? spec : applyLocks(before, spec, locked));
  const chosen = keep(draft);
  const { because, reasons } = reasonBook();
  const followed = structuredClone(chosen);
  follow?.(followed, because);
  fitInputsToData(before, followed, because);
  const spec = keep(followed);
  fitOutputToProblem(spec, { lossLocked: locked.includes('loss'), because });
  return { spec, adjustments: mergeAdjustments(adjustments, describeAdjustments(before, chosen, spec, reasons), spec) };
}
