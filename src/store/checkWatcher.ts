import { evaluateCheck, MEASURES, type CheckContext, type Condition } from '../shared/checks';
import { currentStep } from './classroomSlice';
import type { PlaygroundState } from './store';

type Store = { getState(): PlaygroundState; subscribe(listener: (state: PlaygroundState, previous: PlaygroundState) => void): () => void };

function checkContextOf(state: PlaygroundState): CheckContext {
  return { spec: state.spec, latest: state.history.latest, epoch: state.epoch, iterationsPerEpoch: state.iterationsPerEpoch, diverged: state.diverged };
}

/** "test accuracy 0.968, 8 hidden neurons, epoch 132": the figures a passed check was met with. */
function figuresOf(conditions: readonly Condition[], state: PlaygroundState): string {
  const result = evaluateCheck(conditions, checkContextOf(state));
  const figures = result.results
    .filter((r) => r.condition.measure !== 'epoch')
    .map((r) => `${MEASURES[r.condition.measure].label} ${r.actual}`);
  return [...figures, `epoch ${state.epoch}`].join(', ');
}

/** Whether the run in the store may be judged now: built, trained, and belonging to the current settings. */
const judgeable = (state: PlaygroundState) => !state.configuring && state.history.latest !== null;

/**
 * Watches the real run and latches results: a lesson step passes the first time its check holds
 * on a run started after the step opened; a challenge passes per run.
 */
export function watchChecks(store: Store): () => void {
  const judge = (state: PlaygroundState) => {
    if (!judgeable(state)) return;
    const step = currentStep(state);
    if (step && state.lesson && !state.lesson.passed && state.runId > state.lesson.openedAtRun) {
      if (evaluateCheck(step.check, checkContextOf(state)).passed) state.markStepPassed();
    }
    const challenge = state.classroom.challenge;
    if (challenge) {
      const latched = state.challengeResult;
      if (latched?.runId === state.runId && latched.passed) return;
      const passed = evaluateCheck(challenge, checkContextOf(state)).passed;
      if (!latched || latched.runId !== state.runId || passed) {
        state.setChallengeResult({ runId: state.runId, passed, summary: passed ? figuresOf(challenge, state) : '' });
      }
    }
  };
  judge(store.getState());
  return store.subscribe((state, previous) => {
    if (
      state.history === previous.history &&
      state.spec === previous.spec &&
      state.configuring === previous.configuring &&
      state.lesson === previous.lesson &&
      state.classroom === previous.classroom &&
      state.runId === previous.runId
    ) {
      return;
    }
    judge(state);
  });
}
