import { beforeEach, describe, expect, it } from 'vitest';
import { installMemoryStorage } from './memoryStorage';
import { loadDiscretize, loadPresentation, saveDiscretize, savePresentation } from './viewPreferences';

beforeEach(() => {
  installMemoryStorage();
});

describe('presentation mode preference', () => {
  it('is off when nothing was saved', () => {
    expect(loadPresentation()).toBe(false);
  });

  it('comes back as saved, on and then off', () => {
    savePresentation(true);
    expect(loadPresentation()).toBe(true);
    savePresentation(false);
    expect(loadPresentation()).toBe(false);
  });

  it('is off, without throwing, where storage is unavailable', () => {
    Object.assign(globalThis, {
      localStorage: {
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => {
          throw new Error('denied');
        },
        removeItem: () => {
          throw new Error('denied');
        },
      },
    });
    expect(() => savePresentation(true)).not.toThrow();
    expect(loadPresentation()).toBe(false);
  });
});

describe('discretize output preference', () => {
  it('is off when nothing was saved, and comes back as saved, apart from presentation mode', () => {
    expect(loadDiscretize()).toBe(false);
    saveDiscretize(true);
    expect(loadDiscretize()).toBe(true);
    expect(loadPresentation()).toBe(false);
    saveDiscretize(false);
    expect(loadDiscretize()).toBe(false);
  });
});
