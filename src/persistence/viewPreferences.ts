const PRESENTATION_KEY = 'neural-playground/presentation';

/**
 * Presentation mode is a choice about the room, not about the run: it is kept apart from the
 * versioned settings so that "Start fresh" or a shared link never switches a projector back.
 */
export function loadPresentation(): boolean {
  try {
    return localStorage.getItem(PRESENTATION_KEY) === 'on';
  } catch {
    // No storage (Node, private mode): the normal view.
    return false;
  }
}

export function savePresentation(on: boolean): void {
  try {
    if (on) localStorage.setItem(PRESENTATION_KEY, 'on');
    else localStorage.removeItem(PRESENTATION_KEY);
  } catch {
    // Storage full or disabled: the choice lasts until the page is closed.
  }
}

const DISCRETIZE_KEY = 'neural-playground/discretize';

/** "Discretize output" is a way of looking, kept like presentation mode (apart from the settings). */
export function loadDiscretize(): boolean {
  try {
    return localStorage.getItem(DISCRETIZE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function saveDiscretize(on: boolean): void {
  try {
    if (on) localStorage.setItem(DISCRETIZE_KEY, 'on');
    else localStorage.removeItem(DISCRETIZE_KEY);
  } catch {
    // Storage full or disabled: the choice lasts until the page is closed.
  }
}
