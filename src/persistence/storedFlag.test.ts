import { beforeEach, describe, expect, it } from 'vitest';
import { clearHintDismissal, dismissHint, hintDismissed } from './firstVisitHint';
import { installMemoryStorage } from './memoryStorage';
import { storedFlag } from './storedFlag';
import { loadDiscretize, loadPresentation } from './viewPreferences';

let memory: Map<string, string>;
beforeEach(() => {
  memory = installMemoryStorage();
});

describe('storedFlag', () => {
  it('is off when nothing was saved, on once saved, and off again when saved off or cleared', () => {
    const flag = storedFlag('test/flag');
    expect(flag.load()).toBe(false);
    flag.save(true);
    expect(memory.get('test/flag')).toBe('on');
    expect(flag.load()).toBe(true);
    flag.save(false);
    expect(memory.has('test/flag')).toBe(false);
    flag.save(true);
    flag.clear();
    expect(flag.load()).toBe(false);
  });

  it('reads only its own value as on', () => {
    memory.set('test/flag', 'yes');
    expect(storedFlag('test/flag').load()).toBe(false);
    expect(storedFlag('test/flag', 'yes').load()).toBe(true);
  });

  it('reads off and never throws where storage refuses every call', () => {
    const denied = () => {
      throw new Error('denied');
    };
    Object.assign(globalThis, { localStorage: { getItem: denied, setItem: denied, removeItem: denied } });
    const flag = storedFlag('test/flag');
    expect(() => flag.save(true)).not.toThrow();
    expect(() => flag.save(false)).not.toThrow();
    expect(() => flag.clear()).not.toThrow();
    expect(flag.load()).toBe(false);
  });
});

describe('values saved before the flags shared one helper', () => {
  it('still load, under the same keys and in the same format', () => {
    memory.set('neural-playground/presentation', 'on');
    memory.set('neural-playground/discretize', 'on');
    memory.set('neural-playground/first-visit-hint', 'dismissed');
    expect([loadPresentation(), loadDiscretize(), hintDismissed()]).toEqual([true, true, true]);
  });

  it('the hint is dismissed as "dismissed" and Start fresh clears it', () => {
    dismissHint();
    expect(memory.get('neural-playground/first-visit-hint')).toBe('dismissed');
    clearHintDismissal();
    expect(hintDismissed()).toBe(false);
  });
});
