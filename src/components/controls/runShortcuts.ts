import type { RunStatus } from '../../shared/engineTypes';

/** The three run shortcuts, and the key each one is written with in aria-keyshortcuts. */
export const RUN_SHORTCUTS = { trainPause: 'Space', step: 'S', reset: 'R' } as const;
export type RunShortcut = keyof typeof RUN_SHORTCUTS;
export type RunCommand = 'start' | 'pause' | 'step' | 'reset';

/** What has keyboard focus, as plain values (the DOM is read in useRunShortcuts, not here). */
export interface FocusDescription {
  /** Lower-case tag name: 'input', 'button', 'body'… */
  tag: string;
  /** The explicit ARIA role, if any. */
  role: string | null;
  /** Inside a contenteditable region. */
  editable: boolean;
  /** Inside an open modal dialog: the page behind it is not being operated. */
  inModal: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** Held down: a held Space would flip Train/Pause many times a second. */
  repeat: boolean;
  /** Part of an IME composition (typing Chinese, Japanese…). */
  isComposing: boolean;
  focus: FocusDescription;
}

/** Where typing goes: every key belongs to the control, so no shortcut may fire. */
const TEXT_ENTRY_TAGS = new Set(['input', 'select', 'textarea']);
const TEXT_ENTRY_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'listbox', 'grid', 'menu', 'menubar', 'radiogroup', 'tree']);
/** Space already activates these natively; a shortcut too would act twice. */
const SPACE_ACTIVATED_TAGS = new Set(['button', 'a', 'summary']);
const SPACE_ACTIVATED_ROLES = new Set(['button', 'checkbox', 'switch', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'tab', 'treeitem']);

function shortcutOfKey(key: string): RunShortcut | null {
  if (key === ' ' || key === 'Spacebar') return 'trainPause';
  if (key === 's' || key === 'S') return 'step';
  if (key === 'r' || key === 'R') return 'reset';
  return null;
}

/** Which run shortcut this key press is, or null when it belongs to the browser or a control. */
export function runShortcutFor(press: KeyPress): RunShortcut | null {
  // Ctrl+R reloads, Ctrl+S saves, Alt+… opens menus: a modifier means the key is not ours.
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.repeat || press.isComposing) return null;
  const shortcut = shortcutOfKey(press.key);
  if (!shortcut) return null;
  // Shift+Space scrolls the page up; Shift+S or Shift+R (or Caps Lock) still mean the letter.
  if (shortcut === 'trainPause' && press.shiftKey) return null;
  const { tag, role, editable, inModal } = press.focus;
  if (inModal || editable) return null;
  if (TEXT_ENTRY_TAGS.has(tag) || (role !== null && TEXT_ENTRY_ROLES.has(role))) return null;
  if (shortcut === 'trainPause' && (SPACE_ACTIVATED_TAGS.has(tag) || (role !== null && SPACE_ACTIVATED_ROLES.has(role)))) return null;
  return shortcut;
}

/** Which run buttons can be used now; RunBar and the shortcuts share these rules. */
export function runButtonStates(status: RunStatus, blocked: boolean) {
  const training = status === 'training';
  return {
    training,
    trainPauseEnabled: training || !blocked,
    stepEnabled: !blocked,
    resetEnabled: true,
  };
}

/** The engine command a shortcut sends now, or null when its button is disabled. */
export function commandFor(shortcut: RunShortcut, status: RunStatus, blocked: boolean): RunCommand | null {
  const states = runButtonStates(status, blocked);
  if (shortcut === 'trainPause') return states.trainPauseEnabled ? (states.training ? 'pause' : 'start') : null;
  if (shortcut === 'step') return states.stepEnabled ? 'step' : null;
  return states.resetEnabled ? 'reset' : null;
}
