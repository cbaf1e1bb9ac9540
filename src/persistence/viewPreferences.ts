import { storedFlag } from './storedFlag';

/**
 * Presentation mode is a choice about the room, not about the run: it is kept apart from the
 * versioned settings so that "Start fresh" or a shared link never switches a projector back.
 */
export const { load: loadPresentation, save: savePresentation } = storedFlag('neural-playground/presentation');

/** "Discretize output" is a way of looking, kept like presentation mode (apart from the settings). */
export const { load: loadDiscretize, save: saveDiscretize } = storedFlag('neural-playground/discretize');
