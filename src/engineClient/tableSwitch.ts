import { usePlayground } from '../store/store';
import { setUpBeforeCommands } from './connectEngine';

/**
 * Runs `read`, which reads a table and switches the page to it (the Iris table, a mapped CSV).
 * Engine commands wait for it, so a Step clicked meanwhile trains the table, not the network it
 * replaces. `movedOn()` says whether the dataset was changed meanwhile (by the learner, a lesson, an
 * imported model): then the learner has moved on, and `read` must not switch the page back.
 */
export function readTable(read: (movedOn: () => boolean) => Promise<void>): Promise<void> {
  let movedOn = false;
  const stop = usePlayground.subscribe((state, previous) => {
    if (state.spec.data.dataset !== previous.spec.data.dataset) movedOn = true;
  });
  const reading = read(() => movedOn).finally(stop);
  setUpBeforeCommands(reading);
  return reading;
}
