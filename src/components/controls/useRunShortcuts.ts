import { useEffect } from 'react';
import { engineCommand } from '../../engineClient/connectEngine';
import { compatibilityProblems } from '../../shared/compatibility';
import { usePlayground } from '../../store/store';
import { commandFor, runShortcutFor, type FocusDescription } from './runShortcuts';

/** The DOM side of the decision: what has focus, reduced to the plain values runShortcutFor needs. */
function describeFocus(target: EventTarget | null): FocusDescription {
  const element = target instanceof Element ? target : document.body;
  return {
    tag: element.tagName.toLowerCase(),
    role: element.getAttribute('role'),
    editable: element instanceof HTMLElement && element.isContentEditable,
    inModal: document.querySelector('[aria-modal="true"], dialog:modal') !== null,
  };
}

/** Space = Train/Pause, S = Step, R = Reset, anywhere on the page except where keys are typed. */
export function useRunShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A control that used the key itself (a dialog, the neuron inspector) has the last word.
      if (event.defaultPrevented) return;
      const { key, ctrlKey, altKey, metaKey, shiftKey, repeat, isComposing } = event;
      const shortcut = runShortcutFor({ key, ctrlKey, altKey, metaKey, shiftKey, repeat, isComposing, focus: describeFocus(event.target) });
      if (!shortcut) return;
      // Space would otherwise scroll the page, even when Train is disabled.
      event.preventDefault();
      const { spec, status } = usePlayground.getState();
      const command = commandFor(shortcut, status, compatibilityProblems(spec).length > 0);
      if (command) void engineCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
