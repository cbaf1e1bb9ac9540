import { CONTROL_IDS, encodeChallenge, isControlId, parseChallenge, type ClassroomSettings, type ControlId } from './classroom';

/** Controls in the page's order, so the same choice always gives the same link. */
const inPageOrder = (ids: readonly ControlId[]) => CONTROL_IDS.filter((id) => ids.includes(id));

/**
 * The classroom part of a link: `hide`, `lock` (control ids, comma-separated), `lesson` and `step`
 * (1-based, as a teacher counts) and `challenge`. Unknown or broken parts are dropped with a notice,
 * like the spec's own fields.
 */
export function encodeClassroomQuery(classroom: ClassroomSettings): string {
  const params = new URLSearchParams();
  if (classroom.lesson) {
    params.set('lesson', classroom.lesson.id);
    params.set('step', String(classroom.lesson.step + 1));
  }
  if (classroom.hidden.length > 0) params.set('hide', inPageOrder(classroom.hidden).join(','));
  if (classroom.locked.length > 0) params.set('lock', inPageOrder(classroom.locked).join(','));
  if (classroom.challenge && classroom.challenge.length > 0) params.set('challenge', encodeChallenge(classroom.challenge));
  return params.toString();
}

export interface DecodedClassroom {
  classroom: ClassroomSettings;
  notices: string[];
}

/** `stepsOf` tells how many steps a lesson has, or null when there is no such lesson. */
export function decodeClassroomQuery(query: string, stepsOf: (lessonId: string) => number | null): DecodedClassroom {
  const params = new URLSearchParams(query);
  const notices: string[] = [];
  const controls = (key: string): ControlId[] => {
    const text = params.get(key);
    if (text === null || text.trim() === '') return [];
    const names = text.split(',').map((name) => name.trim());
    const unknown = names.filter((name) => !isControlId(name));
    if (unknown.length > 0) notices.push(`Ignored unknown control${unknown.length > 1 ? 's' : ''} "${unknown.join(', ').slice(0, 60)}" in "${key}" of the link.`);
    return [...new Set(names.filter(isControlId))];
  };
  const hidden = controls('hide');
  const locked = controls('lock');

  let lesson: ClassroomSettings['lesson'] = null;
  const lessonId = params.get('lesson');
  if (lessonId !== null) {
    const steps = stepsOf(lessonId);
    if (steps === null) notices.push(`The link names a lesson "${lessonId.slice(0, 40)}" that this page does not have.`);
    else {
      const stepText = params.get('step') ?? '1';
      const step = Number(stepText);
      const valid = Number.isInteger(step) && step >= 1 && step <= steps;
      if (!valid) notices.push(`Step "${stepText.slice(0, 20)}" of the link is not a step of this lesson (1 to ${steps}); opening step 1.`);
      lesson = { id: lessonId, step: valid ? step - 1 : 0 };
    }
  }

  let challenge: ClassroomSettings['challenge'] = null;
  const challengeText = params.get('challenge');
  if (challengeText !== null) {
    const parsed = parseChallenge(challengeText);
    if ('error' in parsed) notices.push(`Ignored the challenge in the link: ${parsed.error}.`);
    else challenge = parsed.conditions;
  }
  return { classroom: { hidden, locked, lesson, challenge }, notices };
}
