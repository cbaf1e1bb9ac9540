import type { StateCreator } from 'zustand';
import type { DataPreview } from '../shared/dataContract';
import type { BackendTrial, NetworkPictures, RunStatus, Snapshot } from '../shared/engineTypes';
import type { BackendName } from '../shared/spec';
import { appendLosses, EMPTY_HISTORY, type LossHistory } from './lossHistory';
import type { PlaygroundState } from './store';
import { engineNoticeText } from './engineNoticeText';

export interface RunSlice {
  runId: number;
  status: RunStatus;
  /** True while the engine is rebuilding (choosing a backend, building the model). */
  configuring: boolean;
  epoch: number;
  iteration: number;
  iterationsPerEpoch: number;
  history: LossHistory;
  backend: BackendName | null;
  trials: BackendTrial[];
  pictures: NetworkPictures | null;
  /** What the worker says the data looks like (points over a plane, image thumbnails); null until it answers. */
  dataPreview: DataPreview | null;
  /** Engine messages: divergence, backend fallback, restarts. */
  engineMessage: string | null;
  /** The run stopped because the loss diverged: the page offers to lower the learning rate. */
  diverged: boolean;
  /** Train was pressed at or past the epoch limit: the epoch and limit then, until it applies no more. */
  startRefusal: { epoch: number; limit: number } | null;
  applySnapshot(snapshot: Snapshot): void;
  setConfiguring(configuring: boolean): void;
  setEngineInfo(info: { runId: number; backend: BackendName; trials: BackendTrial[]; message: string | null; preview?: DataPreview }): void;
  setEngineMessage(message: string | null): void;
  setStartRefusal(refusal: { epoch: number; limit: number } | null): void;
}

export const createRunSlice: StateCreator<PlaygroundState, [], [], RunSlice> = (set) => ({
  runId: 0,
  status: 'idle',
  configuring: true,
  epoch: 0,
  iteration: 0,
  iterationsPerEpoch: 0,
  history: EMPTY_HISTORY,
  backend: null,
  trials: [],
  pictures: null,
  dataPreview: null,
  engineMessage: null,
  diverged: false,
  startRefusal: null,
  applySnapshot: (snapshot) =>
    set((state) => {
      // A snapshot from an older run (before a reset or a new network) must not mix into this one.
      if (snapshot.runId < state.runId) return {};
      const newRun = snapshot.runId > state.runId;
      return {
        runId: snapshot.runId,
        status: snapshot.status,
        epoch: snapshot.epoch,
        iteration: snapshot.iteration,
        iterationsPerEpoch: snapshot.iterationsPerEpoch,
        history: appendLosses(newRun ? EMPTY_HISTORY : state.history, snapshot.newLosses),
        backend: snapshot.backend,
        pictures: snapshot.pictures ?? (newRun ? null : state.pictures),
        engineMessage: snapshot.notice ? engineNoticeText(snapshot.notice) : newRun ? null : state.engineMessage,
        diverged: snapshot.notice?.kind === 'diverged',
        startRefusal: newRun || snapshot.status === 'training' ? null : state.startRefusal,
      };
    }),
  setConfiguring: (configuring) => set({ configuring }),
  setEngineInfo: ({ runId, backend, trials, message, preview }) =>
    set((state) => {
      const info = { backend, trials: trials.length > 0 ? trials : state.trials, engineMessage: message, dataPreview: preview ?? state.dataPreview };
      if (runId <= state.runId) return info;
      // This answer can overtake the new run's first snapshot (which waits for the previous one's
      // acknowledgement): that snapshot must not be appended to the old run's losses.
      return { ...info, runId, status: 'idle' as const, epoch: 0, iteration: 0, history: EMPTY_HISTORY, diverged: false, startRefusal: null };
    }),
  setEngineMessage: (engineMessage) => set({ engineMessage }),
  setStartRefusal: (startRefusal) => set({ startRefusal }),
});
