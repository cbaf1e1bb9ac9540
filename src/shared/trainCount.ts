/**
 * How many of `rows` go to training at `percent`: the one rule for the generated data, a table's
 * rows and the split itself, so that the batch field, the read-outs and the engine agree.
 */
export function trainCount(rows: number, percent: number): number {
  return Math.round((rows * percent) / 100);
}
