import { usePlayground } from '../store/store';

/**
 * Notes whether the dataset is changed (by the learner, a lesson, an imported model) while a table
 * is being read: if so the learner has moved on, and the table must not switch the page back to it.
 */
export function watchDatasetChoice(): { changed(): boolean; stop(): void } {
  let changed = false;
  const stop = usePlayground.subscribe((state, previous) => {
    if (state.spec.data.dataset !== previous.spec.data.dataset) changed = true;
  });
  return { changed: () => changed, stop };
}
