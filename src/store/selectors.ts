import { isTableDataset, trainingPointsOf } from '../shared/spec';
import { trainCount } from '../shared/trainCount';
import type { PlaygroundState } from './store';
import { chartPoints, type LossHistory } from './lossHistory';

export const selectSpec = (s: PlaygroundState) => s.spec;
export const selectStatus = (s: PlaygroundState) => s.status;
export const selectPictures = (s: PlaygroundState) => s.pictures;
export const selectHistory = (s: PlaygroundState) => s.history;
export const selectShowTestData = (s: PlaygroundState) => s.showTestData;

export const selectProgress = (s: PlaygroundState) => ({
  epoch: s.epoch,
  iteration: s.iteration,
  iterationsPerEpoch: s.iterationsPerEpoch,
  status: s.status,
  configuring: s.configuring,
});

/** Points in the training set: of the generated data, or of the table's rows once they are read. */
export const selectTrainingPoints = (s: PlaygroundState) =>
  isTableDataset(s.spec.data.dataset) ? trainCount(s.tableData?.rows ?? 0, s.spec.data.trainPercent) : trainingPointsOf(s.spec.data);

export const selectLatestLosses = (s: PlaygroundState) => s.history.latest;

export const selectEngineInfo = (s: PlaygroundState) => ({
  backend: s.backend,
  trials: s.trials,
  engineMessage: s.engineMessage,
});

const chartCache = new WeakMap<LossHistory, ReturnType<typeof chartPoints>>();
export function chartPointsOf(history: LossHistory) {
  let points = chartCache.get(history);
  if (!points) {
    points = chartPoints(history);
    chartCache.set(history, points);
  }
  return points;
}
