import { encodeClassroomQuery } from '../shared/classroomUrl';
import { encodeSpecToQuery } from '../shared/urlState';
import type { PlaygroundState } from './store';

/**
 * What the address bar says: the settings, plus the teacher's hidden and locked controls and
 * challenge, plus the lesson step being followed, so that a reload comes back to the same place.
 */
export function pageQuery(state: Pick<PlaygroundState, 'spec' | 'classroom' | 'lesson'>): string {
  const lesson = state.lesson ? { id: state.lesson.id, step: state.lesson.step } : null;
  return [encodeSpecToQuery(state.spec), encodeClassroomQuery({ ...state.classroom, lesson })].filter(Boolean).join('&');
}
