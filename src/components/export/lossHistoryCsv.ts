import Papa from 'papaparse';
import { chartPoints, type LossHistory } from '../../store/lossHistory';

/** The loss history as CSV: one row per kept epoch, accuracies empty where the task has none. */
export function lossHistoryCsv(history: LossHistory): string {
  const rows = chartPoints(history).map((p) => [p.epoch, p.train, p.test, p.trainAccuracy ?? '', p.testAccuracy ?? '']);
  return Papa.unparse({ fields: ['epoch', 'training loss', 'test loss', 'training accuracy', 'test accuracy'], data: rows }, { newline: '\n' });
}
