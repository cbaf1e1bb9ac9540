/*
 * Sizes that both the page and its stored or uploaded data are held to. They live at the bottom
 * layer because validation (shared/specSchema, persistence) and the code that produces the data
 * (store, data/csv) both need them.
 */

/** Points a loss history keeps (it is downsampled beyond): a chart's cost must not grow with the run. */
export const MAX_HISTORY_POINTS = 500;
/** Runs the comparison keeps, in the page and in localStorage. */
export const MAX_KEPT_RUNS = 20;
/** More distinct target values than this is almost surely a regression target, not classes. */
export const MAX_CLASSES = 20;
/** Beyond this a typed weight only saturates every unit after it: the page and the engine refuse it. */
export const PARAMETER_LIMIT = 100;
