/**
 * For unit tests in Node, which has no localStorage: an in-memory one that behaves as the
 * browser's does for the calls the app makes. Returns the map behind it, to inspect or clear.
 */
export function installMemoryStorage(): Map<string, string> {
  const memory = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (key: string) => memory.get(key) ?? null,
      setItem: (key: string, value: string) => void memory.set(key, value),
      removeItem: (key: string) => void memory.delete(key),
    },
  });
  return memory;
}
