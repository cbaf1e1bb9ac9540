import type { Condition } from '../../shared/checks';
import type { ClassroomSettings } from '../../shared/classroom';
import { encodeClassroomQuery } from '../../shared/classroomUrl';
import type { PlaygroundSpec } from '../../shared/spec';
import { encodeSpecToQuery } from '../../shared/urlState';

/** The goals a teacher can pick for a challenge, each one condition. */
export const CHALLENGE_GOALS = {
  testAccuracy: { label: 'Test accuracy at least', op: '>=', defaultValue: 0.95 },
  testLoss: { label: 'Test loss below', op: '<', defaultValue: 0.05 },
  trainAccuracy: { label: 'Training accuracy at least', op: '>=', defaultValue: 0.95 },
  trainLoss: { label: 'Training loss below', op: '<', defaultValue: 0.05 },
} as const;
export type ChallengeGoal = keyof typeof CHALLENGE_GOALS;

export interface ChallengeForm {
  goal: ChallengeGoal;
  value: number;
  /** Limits on the network; null means no limit. */
  maxNeurons: number | null;
  maxLayers: number | null;
  maxEpochs: number | null;
}

export function challengeConditions(form: ChallengeForm): Condition[] {
  const conditions: Condition[] = [{ measure: form.goal, op: CHALLENGE_GOALS[form.goal].op, value: form.value }];
  if (form.maxNeurons !== null) conditions.push({ measure: 'hiddenNeurons', op: '<=', value: form.maxNeurons });
  if (form.maxLayers !== null) conditions.push({ measure: 'hiddenLayers', op: '<=', value: form.maxLayers });
  if (form.maxEpochs !== null) conditions.push({ measure: 'epoch', op: '<=', value: form.maxEpochs });
  return conditions;
}

/**
 * The link a teacher hands out. With a lesson, the lesson step sets the playground up, so the link
 * carries only the classroom part; otherwise it carries the current settings too.
 */
export function teacherLink(base: string, spec: PlaygroundSpec, classroom: ClassroomSettings): string {
  const classroomQuery = encodeClassroomQuery(classroom);
  const query = classroom.lesson ? classroomQuery : [encodeSpecToQuery(spec), classroomQuery].filter(Boolean).join('&');
  return `${base}?${query}`;
}
