import type { PlaygroundSpec } from '../shared/spec';
import { validateSpec } from '../shared/specSchema';

const KEY = 'neural-playground/settings';
/** Bumped when the stored shape changes; older entries are discarded with a notice, never misread. */
export const SAVED_VERSION = 1;

interface SavedSettings {
  version: number;
  spec: unknown;
  savedAt: string;
}

export function saveSettings(spec: PlaygroundSpec): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ version: SAVED_VERSION, spec, savedAt: new Date().toISOString() } satisfies SavedSettings));
  } catch {
    // Storage full or disabled (private mode): the page works on without it.
  }
}

export type LoadedSettings = { spec: PlaygroundSpec; notice: null } | { spec: null; notice: string | null };

/** The settings saved by the last visit, validated like a link; anything unusable is dropped with a notice. */
export function loadSettings(): LoadedSettings {
  let text: string | null = null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return { spec: null, notice: null };
  }
  if (text === null) return { spec: null, notice: null };
  const discard = (why: string): LoadedSettings => {
    clearSettings();
    return { spec: null, notice: `Saved settings from an earlier visit could not be used (${why}) and were discarded.` };
  };
  try {
    const saved = JSON.parse(text) as Partial<SavedSettings>;
    if (saved.version !== SAVED_VERSION) return discard(`they are from version ${String(saved.version)} of the page`);
    const checked = validateSpec(saved.spec);
    return checked.ok ? { spec: checked.spec, notice: null } : discard(checked.errors[0]);
  } catch {
    return discard('they are not readable');
  }
}

export function clearSettings(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
