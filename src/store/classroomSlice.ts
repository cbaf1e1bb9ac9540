import type { StateCreator } from 'zustand';
import { lessonById } from '../lessons';
import { loadPassedSteps, savePassedStep, type PassedSteps } from '../persistence/lessonProgress';
import { NO_CLASSROOM_RULES, type ClassroomRules, type ControlId } from '../shared/classroom';
import type { PlaygroundState } from './store';

/** The lesson being followed: which step, and whether the real run has met the step's check. */
export interface LessonProgress {
  id: string;
  /** 0-based. */
  step: number;
  passed: boolean;
  /** Runs up to this id belong to before the step opened; only later runs count for its check. */
  openedAtRun: number;
}

/** A challenge met (or not) by the run it names; a new run starts over. */
export interface ChallengeResult {
  runId: number;
  passed: boolean;
  /** The figures at the moment it passed, for the badge a student screenshots. */
  summary: string;
}

export interface ClassroomSlice {
  /** What the teacher's link asked for: hidden and locked controls, a challenge. */
  classroom: ClassroomRules;
  lesson: LessonProgress | null;
  /** Steps this browser has passed before, kept across visits: a passed step stays passed. */
  passedSteps: PassedSteps;
  challengeResult: ChallengeResult | null;
  setClassroom(classroom: ClassroomRules): void;
  /** Marks the lesson step as open; the caller sets the playground up for it. */
  setLessonStep(id: string, step: number): void;
  markStepPassed(): void;
  closeLesson(): void;
  setChallengeResult(result: ChallengeResult | null): void;
}

export const createClassroomSlice: StateCreator<PlaygroundState, [], [], ClassroomSlice> = (set) => ({
  classroom: NO_CLASSROOM_RULES,
  lesson: null,
  passedSteps: loadPassedSteps(),
  challengeResult: null,
  setClassroom: (classroom) => set({ classroom, challengeResult: null }),
  setLessonStep: (id, step) =>
    set((state) => ({ lesson: { id, step, passed: state.passedSteps[id]?.includes(step) ?? false, openedAtRun: state.runId } })),
  markStepPassed: () =>
    set((state) => {
      if (!state.lesson || state.lesson.passed) return {};
      return { lesson: { ...state.lesson, passed: true }, passedSteps: savePassedStep(state.lesson.id, state.lesson.step) };
    }),
  closeLesson: () => set({ lesson: null }),
  setChallengeResult: (challengeResult) => set({ challengeResult }),
});

/** The step being followed, if any. */
export function currentStep(state: Pick<PlaygroundState, 'lesson'>) {
  if (!state.lesson) return null;
  return lessonById(state.lesson.id)?.steps[state.lesson.step] ?? null;
}

/** Controls hidden by the teacher's link or by the lesson step. */
export function hiddenControls(state: Pick<PlaygroundState, 'lesson' | 'classroom'>): ControlId[] {
  return [...new Set([...state.classroom.hidden, ...(currentStep(state)?.hide ?? [])])];
}

/** Controls locked by the teacher's link or by the lesson step. */
export function lockedControls(state: Pick<PlaygroundState, 'lesson' | 'classroom'>): ControlId[] {
  return [...new Set([...state.classroom.locked, ...(currentStep(state)?.lock ?? [])])];
}
