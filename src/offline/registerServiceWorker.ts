/**
 * Registers the service worker that the build generates (vite-plugin-pwa, see pwa/), so that after
 * one visit the page, its engine worker and the wasm binaries all come from the cache offline.
 * Only in a production build: the dev server has no sw.js, and a caching worker would hide edits.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After load, so that fetching the precache does not compete with the page's own first requests.
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch((error: unknown) => {
      // Offline use is a bonus: the page works online without it (private windows may refuse it).
      console.warn('The page will not work offline: the service worker could not be registered.', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
