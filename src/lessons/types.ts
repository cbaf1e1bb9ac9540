import type { Condition } from '../shared/checks';
import type { ControlId } from '../shared/classroom';
import type { DataSpec, NetworkSpec, PlaygroundSpec, TrainingSpec } from '../shared/spec';

/** Changes to the default playground (or, in a rehearsal, to the step's own set-up). */
export interface SpecPatch {
  data?: Partial<DataSpec>;
  network?: Partial<NetworkSpec>;
  training?: Partial<TrainingSpec>;
}

export interface LessonStep {
  title: string;
  /** Paragraphs. [[term]] or [[term|shown words]] marks a glossary word (see shared/glossary.ts). */
  text: string[];
  /** What to try, in one or two sentences. */
  task: string;
  /**
   * The playground this step starts from: a patch over the defaults. Absent: the step carries on
   * with whatever the learner built in the step before.
   */
  setup?: SpecPatch;
  /** All must hold on the real run before "Next step" unlocks. */
  check: Condition[];
  /** Shown on request when the learner is stuck. */
  hint: string;
  /** Controls this step keeps out of the way or fixed, on top of any teacher's link. */
  hide?: ControlId[];
  lock?: ControlId[];
  /**
   * A known-good and a known-bad change from the set-up, as data: the tests train both for real
   * and expect the check to pass and to fail. Required on a lesson's first step.
   */
  rehearsal?: { good: SpecPatch; bad: SpecPatch };
}

export interface Lesson {
  id: string;
  /** Position in the lesson list. */
  order: number;
  title: string;
  /** One sentence for the lesson list. */
  summary: string;
  steps: LessonStep[];
}

export type { PlaygroundSpec };
