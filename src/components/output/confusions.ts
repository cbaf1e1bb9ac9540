/** Above this many classes a full matrix is a wall of zeros: the page lists the largest confusions instead. */
export const MAX_MATRIX_CLASSES = 12;

export interface Confusion {
  actual: number;
  predicted: number;
  count: number;
}

/** The `limit` largest off-diagonal cells of a row-major classes × classes count matrix, largest first (ties: lower actual, then lower predicted). */
export function largestConfusions(counts: ArrayLike<number>, classes: number, limit: number): Confusion[] {
  const found: Confusion[] = [];
  for (let actual = 0; actual < classes; actual++) {
    for (let predicted = 0; predicted < classes; predicted++) {
      const count = counts[actual * classes + predicted];
      if (actual !== predicted && count > 0) found.push({ actual, predicted, count });
    }
  }
  return found.sort((a, b) => b.count - a.count || a.actual - b.actual || a.predicted - b.predicted).slice(0, limit);
}
