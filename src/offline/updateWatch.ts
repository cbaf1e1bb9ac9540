/** The part of `navigator.serviceWorker` the watch needs (a fake in tests). */
export interface ControllerSource {
  readonly controller: unknown;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

/**
 * Calls `onUpdate` when a new version's service worker takes over this page (skipWaiting and
 * clientsClaim make that immediate). The page still runs the old version's code, and its lazy parts
 * may be gone from the new cache, so the learner is asked to reload. The very first install also
 * takes control, but then the page is already the current version: only a page that was controlled
 * when it loaded hears about an update.
 */
export function watchForUpdate(container: ControllerSource, onUpdate: () => void): void {
  const controlledAtLoad = container.controller !== null && container.controller !== undefined;
  let installed = !controlledAtLoad;
  container.addEventListener('controllerchange', () => {
    if (installed) {
      // The first install's hand-over: any later change is a new version.
      installed = false;
      return;
    }
    onUpdate();
  });
}
