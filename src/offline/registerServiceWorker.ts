import { atMost } from '../shared/async';
import { watchForUpdate } from './updateWatch';

/**
 * Registers the service worker that the build generates (vite-plugin-pwa, see pwa/), so that after
 * one visit the page, its engine worker and the wasm binaries all come from the cache offline.
 * Only in a production build: the dev server has no sw.js, and a caching worker would hide edits.
 */
export function registerServiceWorker(engineReady: Promise<void>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch((error: unknown) => {
      // Offline use is a bonus: the page works online without it (private windows may refuse it).
      console.warn('The page will not work offline: the service worker could not be registered.', error);
    });
  };
  const loaded = new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve(), { once: true })));
  // Precaching ~3 MB on two cores competes with building the first network (measured: +0.4 s to the
  // first epoch), so it waits for the page to load and the engine to be ready, or 10 s at most.
  const readyOrLate = atMost(engineReady, 10_000);
  void Promise.all([loaded, readyOrLate]).then(register);
}

/**
 * `onUpdate`: a new version took over this open page, which should be reloaded. Called as the page
 * starts, before anything it waits for, so that no takeover goes unheard.
 */
export function watchForNewVersion(onUpdate: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  watchForUpdate(navigator.serviceWorker, onUpdate);
}
