import type { EngineNotice } from '../shared/engineTypes';
import { assertNever } from '../shared/assertNever';
import { BACKEND_LABELS } from '../shared/displayNames';

/** The page's sentence for each thing the engine reports (the engine sends codes and figures). */
export function engineNoticeText(notice: EngineNotice): string {
  switch (notice.kind) {
    case 'diverged':
      return `Training stopped at epoch ${notice.epoch}: the loss grew without bound (it is no longer a number). The learning rate (${notice.learningRate}) is probably too high for this network, so the steps overshoot and grow; a lower one, or gradient clipping, will keep them in check.`;
    case 'trainingFailed':
      return `Training stopped on the ${BACKEND_LABELS[notice.backend]} backend: ${notice.error}`;
    case 'gpuLostResumed':
      return `The GPU (WebGL) context was lost at epoch ${notice.lostAtEpoch}. Training continues on ${BACKEND_LABELS[notice.backend]} from epoch ${notice.resumedAtEpoch}, with the last weights read back from the GPU.`;
    case 'gpuLostStopped':
      return 'The GPU (WebGL) context was lost and no other backend could start, so training stopped.';
    case 'backendFallback':
      return `The ${BACKEND_LABELS[notice.requested]} backend could not start (${notice.reason}); training on ${BACKEND_LABELS[notice.used]} instead.`;
    default:
      return assertNever(notice);
  }
}
