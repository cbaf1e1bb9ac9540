import { describe, expect, it } from 'vitest';
import { commandFor, runButtonStates, runShortcutFor, type FocusDescription, type KeyPress } from './runShortcuts';

const BODY: FocusDescription = { tag: 'body', role: null, editable: false, inModal: false };

function press(key: string, patch: Partial<KeyPress> = {}, focus: Partial<FocusDescription> = {}): KeyPress {
  return { key, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, repeat: false, isComposing: false, ...patch, focus: { ...BODY, ...focus } };
}

describe('which key presses are run shortcuts', () => {
  it('Space, S and R on the page body are Train/Pause, Step and Reset', () => {
    expect(runShortcutFor(press(' '))).toBe('trainPause');
    expect(runShortcutFor(press('s'))).toBe('step');
    expect(runShortcutFor(press('r'))).toBe('reset');
  });

  it('letters count with Shift or Caps Lock; other keys are not shortcuts', () => {
    expect(runShortcutFor(press('S', { shiftKey: true }))).toBe('step');
    expect(runShortcutFor(press('R'))).toBe('reset');
    for (const key of ['Enter', 't', 'x', 'ArrowUp', 'Escape', '1']) expect(runShortcutFor(press(key)), key).toBeNull();
  });

  it('never fire with Ctrl, Alt or Meta (Ctrl+R reloads, Ctrl+S saves)', () => {
    for (const key of [' ', 's', 'r']) {
      expect(runShortcutFor(press(key, { ctrlKey: true })), `Ctrl+${key}`).toBeNull();
      expect(runShortcutFor(press(key, { altKey: true })), `Alt+${key}`).toBeNull();
      expect(runShortcutFor(press(key, { metaKey: true })), `Meta+${key}`).toBeNull();
    }
  });

  it('Shift+Space is left to the browser (it scrolls up)', () => {
    expect(runShortcutFor(press(' ', { shiftKey: true }))).toBeNull();
  });

  it('do not repeat while a key is held, nor fire during an IME composition', () => {
    expect(runShortcutFor(press(' ', { repeat: true }))).toBeNull();
    expect(runShortcutFor(press('s', { isComposing: true }))).toBeNull();
  });

  it('never fire while typing in or operating a form control', () => {
    for (const tag of ['input', 'select', 'textarea']) {
      for (const key of [' ', 's', 'r']) expect(runShortcutFor(press(key, {}, { tag })), `${key} in ${tag}`).toBeNull();
    }
    expect(runShortcutFor(press('r', {}, { tag: 'div', editable: true }))).toBeNull();
    expect(runShortcutFor(press('r', {}, { tag: 'div', role: 'textbox' }))).toBeNull();
    expect(runShortcutFor(press('s', {}, { tag: 'div', role: 'slider' }))).toBeNull();
  });

  it('Space on a button, link or checkbox is left to that control; S and R still work there', () => {
    for (const focus of [{ tag: 'button' }, { tag: 'a' }, { tag: 'summary' }, { tag: 'div', role: 'button' }, { tag: 'span', role: 'checkbox' }, { tag: 'div', role: 'tab' }]) {
      expect(runShortcutFor(press(' ', {}, focus)), JSON.stringify(focus)).toBeNull();
      expect(runShortcutFor(press('s', {}, focus)), JSON.stringify(focus)).toBe('step');
    }
  });

  it('Space on something focusable that Space does not activate (a read-out, a figure) is the shortcut', () => {
    expect(runShortcutFor(press(' ', {}, { tag: 'output' }))).toBe('trainPause');
    expect(runShortcutFor(press(' ', {}, { tag: 'span' }))).toBe('trainPause');
  });

  it('do nothing behind an open modal dialog', () => {
    expect(runShortcutFor(press('r', {}, { inModal: true }))).toBeNull();
    expect(runShortcutFor(press(' ', {}, { tag: 'pre', inModal: true }))).toBeNull();
  });
});

describe('what a shortcut does, by the run buttons’ own rules', () => {
  it('Space starts when not training and pauses while training', () => {
    expect(commandFor('trainPause', 'idle', false)).toBe('start');
    expect(commandFor('trainPause', 'paused', false)).toBe('start');
    expect(commandFor('trainPause', 'done', false)).toBe('start');
    expect(commandFor('trainPause', 'training', false)).toBe('pause');
  });

  it('choices that do not fit together block Train and Step, but never Pause or Reset', () => {
    expect(commandFor('trainPause', 'idle', true)).toBeNull();
    expect(commandFor('step', 'paused', true)).toBeNull();
    expect(commandFor('trainPause', 'training', true)).toBe('pause');
    expect(commandFor('reset', 'paused', true)).toBe('reset');
    expect(commandFor('step', 'paused', false)).toBe('step');
  });

  it('the buttons and the shortcuts agree for every status', () => {
    for (const status of ['idle', 'training', 'paused', 'done', 'error'] as const) {
      for (const blocked of [false, true]) {
        const states = runButtonStates(status, blocked);
        expect(commandFor('trainPause', status, blocked) !== null).toBe(states.trainPauseEnabled);
        expect(commandFor('step', status, blocked) !== null).toBe(states.stepEnabled);
        expect(commandFor('reset', status, blocked) !== null).toBe(states.resetEnabled);
      }
    }
  });
});
