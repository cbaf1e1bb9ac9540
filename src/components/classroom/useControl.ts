import { useShallow } from 'zustand/react/shallow';
import type { ControlId } from '../../shared/classroom';
import { hiddenControls, lockedControls } from '../../store/classroomSlice';
import { usePlayground } from '../../store/store';

export interface ControlState {
  hidden: boolean;
  locked: boolean;
  /** Said on a locked control (title), so a learner knows why it does not move. */
  lockReason: string | undefined;
}

export const LOCK_REASON = 'Fixed by this lesson or by the teacher’s link';

/** Whether a teacher's link or the lesson step hides or locks this control. */
export function useControl(id: ControlId | undefined): ControlState {
  return usePlayground(
    useShallow((state) => {
      if (!id) return { hidden: false, locked: false, lockReason: undefined };
      const locked = lockedControls(state).includes(id);
      return { hidden: hiddenControls(state).includes(id), locked, lockReason: locked ? LOCK_REASON : undefined };
    }),
  );
}
