/** A yes/no kept in this browser under its own key: stored as `value` when on, absent when off. */
export interface StoredFlag {
  load(): boolean;
  save(on: boolean): void;
  clear(): void;
}

/**
 * Storage may be missing (Node, private mode), full or disabled: then a flag reads off and a change
 * lasts until the page is closed. Never throws.
 */
export function storedFlag(key: string, value = 'on'): StoredFlag {
  const clear = () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  };
  return {
    load: () => {
      try {
        return localStorage.getItem(key) === value;
      } catch {
        return false;
      }
    },
    save: (on) => {
      if (!on) return clear();
      try {
        localStorage.setItem(key, value);
      } catch {
        // The choice lasts until the page is closed.
      }
    },
    clear,
  };
}
