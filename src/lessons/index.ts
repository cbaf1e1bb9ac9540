import type { Lesson } from './types';

/** Every file in content/ exports one lesson: adding a lesson is adding a file. */
const modules = import.meta.glob<{ lesson: Lesson }>('./content/*.ts', { eager: true });

export const LESSONS: readonly Lesson[] = Object.values(modules)
  .map((module) => module.lesson)
  .sort((a, b) => a.order - b.order);

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

export const stepsOfLesson = (id: string): number | null => lessonById(id)?.steps.length ?? null;
