import type { Lesson } from './types';

/**
 * Every file in content/ exports one lesson: adding a lesson is adding a file. The text loads only
 * when a lesson is wanted (the list opens, or a link names one), so the page's first load does not
 * grow with each lesson; the service worker precaches these chunks for offline use.
 */
const loaders = import.meta.glob<{ lesson: Lesson }>('./content/*.ts');

let loaded: readonly Lesson[] | null = null;
let loading: Promise<readonly Lesson[]> | null = null;

export function loadLessons(): Promise<readonly Lesson[]> {
  loading ??= Promise.all(Object.values(loaders).map((load) => load())).then(
    (modules) => {
      loaded = modules.map((module) => module.lesson).sort((a, b) => a.order - b.order);
      return loaded;
    },
    (error: unknown) => {
      // A failed load is tried again the next time lessons are wanted, not remembered.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The lessons once loaded; empty before. */
export const loadedLessons = (): readonly Lesson[] => loaded ?? [];

/** A loaded lesson. A lesson is only ever opened after loadLessons(), so this answers synchronously. */
export function lessonById(id: string): Lesson | undefined {
  return loaded?.find((lesson) => lesson.id === id);
}

export const stepsOfLesson = (id: string): number | null => lessonById(id)?.steps.length ?? null;
