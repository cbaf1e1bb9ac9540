import { useEffect, useState } from 'react';
import { loadedLessons, loadLessons } from '../../lessons';
import type { Lesson } from '../../lessons/types';

/** The lessons, loading them on first use; null while they load, with the reason if they cannot. */
export function useLessons(): { lessons: readonly Lesson[] | null; error: string | null } {
  const [lessons, setLessons] = useState<readonly Lesson[] | null>(loadedLessons().length > 0 ? loadedLessons() : null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (lessons) return;
    let live = true;
    loadLessons().then(
      (all) => live && setLessons(all),
      () => live && setError('The lessons could not be loaded. Check the connection and reload the page.'),
    );
    return () => {
      live = false;
    };
  }, [lessons]);
  return { lessons, error };
}
