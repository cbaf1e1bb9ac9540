const HINT_KEY = 'neural-playground/first-visit-hint';

/**
 * Whether the first-visit hint was dismissed in this browser. Kept apart from the versioned settings:
 * it is about the learner, not the run; "Start fresh" clears it so that the next learner gets it.
 */
export function hintDismissed(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === 'dismissed';
  } catch {
    // No storage (Node, private mode): show it; dismissing lasts for the page.
    return false;
  }
}

export function dismissHint(): void {
  try {
    localStorage.setItem(HINT_KEY, 'dismissed');
  } catch {
    // Storage full or disabled: the hint stays away until the page is closed.
  }
}

export function clearHintDismissal(): void {
  try {
    localStorage.removeItem(HINT_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
