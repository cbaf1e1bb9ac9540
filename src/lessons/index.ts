import type { Lesson } from './types';

/**
 * Every file in content/ exports one lesson: adding a lesson is adding a file. The text loads only
 * when a lesson is wanted (the list opens, or a link names one), so the page's first load does not
 * grow with each lesson; the service worker precaches these chunks for offline use.
 */
const loaders = import.meta.glob<{ lesson: Lesson }>('./content/*.ts');

let loaded: readonly Lesson[] | null = null;
let loading: Promise<readonly Lesson[]> | null = null;
let attempt = 0;

/** The module's URL in a browser's "failed to fetch dynamically imported module: URL" message. */
const failedModuleUrl = (error: unknown): string | null => String(error).match(/imported module:\s*(\S+\.js)/)?.[1] ?? null;

/**
 * Some browsers (Chromium 150 here) remember a module whose fetch failed and fail every later
 * import() of its URL at once; a fresh query string makes the retry a real fetch of the same file.
 */
function loadWithRetry(load: () => Promise<{ lesson: Lesson }>): () => Promise<{ lesson: Lesson }> {
  let failedUrl: string | null = null;
  return async () => {
    try {
      return failedUrl ? await import(/* @vite-ignore */ `${failedUrl}?retry=${attempt}`) : await load();
    } catch (error) {
      failedUrl = failedModuleUrl(error) ?? failedUrl;
      throw error;
    }
  };
}
const retryingLoaders = Object.values(loaders).map(loadWithRetry);

export function loadLessons(): Promise<readonly Lesson[]> {
  if (!loading) attempt++;
  loading ??= Promise.all(retryingLoaders.map((load) => load())).then(
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
