import { useEffect, useState } from 'react';
import { usePlayground, type PlaygroundState } from '../../store/store';
import { initialMemory, nextAnnouncement, type ProgressView } from './trainingAnnouncements';

function viewOf(state: PlaygroundState): ProgressView {
  const latest = state.history.latest;
  return { status: state.status, epoch: state.epoch, testLoss: latest?.test, testAccuracy: latest?.testAccuracy };
}

/**
 * A visually hidden polite live region for screen readers: training started, paused, finished,
 * and while training a short progress line at most every ten seconds (see trainingAnnouncements).
 */
export function TrainingAnnouncer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let memory = initialMemory(viewOf(usePlayground.getState()), performance.now());
    return usePlayground.subscribe((state) => {
      const result = nextAnnouncement(memory, viewOf(state), performance.now());
      memory = result.memory;
      if (result.message) setMessage(result.message);
    });
  }, []);
  return (
    <div role="status" aria-live="polite" aria-label="Training progress" className="visually-hidden" data-testid="training-announcer">
      {message}
    </div>
  );
}
