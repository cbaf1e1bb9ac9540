import { storedFlag } from './storedFlag';

/**
 * Whether the first-visit hint was dismissed in this browser. Kept apart from the versioned settings:
 * it is about the learner, not the run; "Start fresh" clears it so that the next learner gets it.
 */
const dismissed = storedFlag('neural-playground/first-visit-hint', 'dismissed');

export const hintDismissed = dismissed.load;
export const dismissHint = () => dismissed.save(true);
export const clearHintDismissal = dismissed.clear;
