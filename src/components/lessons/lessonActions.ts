import { engineCommand } from '../../engineClient/connectEngine';
import { lessonById } from '../../lessons';
import { stepSpec } from '../../lessons/setup';
import { usePlayground } from '../../store/store';

/** Opens a lesson step: the playground is set up as the step says, and a fresh run starts from its seed. */
export function openLessonStep(id: string, step: number): void {
  const lesson = lessonById(id);
  const target = lesson?.steps[step];
  if (!lesson || !target) return;
  const state = usePlayground.getState();
  // The step's own locks apply from here on; its set-up itself is not an edit and is not locked.
  state.setLessonStep(id, step);
  // Notices about the link that opened the lesson stay until dismissed.
  if (target.setup) state.setSpec(stepSpec(target.setup, state.spec), state.notices);
  void engineCommand('reset');
}

/** Leaves the lesson; the playground stays as the learner left it. */
export function closeLesson(): void {
  usePlayground.getState().closeLesson();
}
