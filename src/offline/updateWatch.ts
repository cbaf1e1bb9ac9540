/** The part of `navigator.serviceWorker` the watch needs (a fake in tests). */
export interface ControllerSource {
  readonly controller: unknown;
  getRegistration(): Promise<{ readonly active: unknown } | undefined>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

/**
 * Calls `onUpdate` when a new version's service worker takes over this page (skipWaiting and
 * clientsClaim make that immediate). The page still runs the old version's code, and its lazy parts
 * may be gone from the new cache, so the learner is asked to reload. The very first install also
 * takes control, but then the page is already the current version: it is not announced. A page
 * opened with a version installed is not controlled after a hard reload (Shift+Reload), so the
 * registration, not the controller, tells whether one was.
 */
export function watchForUpdate(container: ControllerSource, onUpdate: () => void): void {
  const installedAtLoad: Promise<boolean> =
    container.controller !== null && container.controller !== undefined
      ? Promise.resolve(true)
      : container.getRegistration().then(
          (registration) => Boolean(registration?.active),
          () => false,
        );
  let firstInstallSeen = false;
  container.addEventListener('controllerchange', () => {
    void installedAtLoad.then((installed) => {
      if (!installed && !firstInstallSeen) {
        // The first install's hand-over: any later change is a new version.
        firstInstallSeen = true;
        return;
      }
      onUpdate();
    });
  });
}
