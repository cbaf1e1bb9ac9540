import type { LossPoint } from './engineTypes';
import { z } from './zodSetup';

/** More than any export writes (the page keeps at most ~500 points): a longer list is not ours. */
const MAX_IMPORTED_POINTS = 5000;

// JSON has no NaN: a diverged epoch's loss arrives as null and goes back to NaN (the chart skips it).
const loss = z.number().nullable().transform((v) => v ?? NaN);
const pointSchema = z.object({
  epoch: z.number().int().min(0),
  train: loss,
  test: loss,
  trainAccuracy: z.number().min(0).max(1).nullable().catch(null),
  testAccuracy: z.number().min(0).max(1).nullable().catch(null),
});

/**
 * The loss history an imported model file carries, as far as it can be trusted: well-formed points
 * in rising epoch order, none after the model's own final epoch. Anything else is left out (the
 * chart then starts from the imported epoch, as it did before histories were read back).
 */
export function importedLossHistory(value: unknown, finalEpoch: number | null): LossPoint[] {
  if (!Array.isArray(value) || value.length > MAX_IMPORTED_POINTS) return [];
  const points: LossPoint[] = [];
  for (const item of value) {
    const parsed = pointSchema.safeParse(item);
    if (!parsed.success) continue;
    const point = parsed.data;
    if (finalEpoch !== null && point.epoch > finalEpoch) continue;
    if (points.length > 0 && point.epoch <= points[points.length - 1].epoch) continue;
    points.push(point);
  }
  return points;
}
