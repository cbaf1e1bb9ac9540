import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { WEB_APP_MANIFEST } from './manifest';
import { NOT_PRECACHED, precacheCheck } from './precacheCheck';

/**
 * The service worker and web app manifest that make the page open offline after one visit.
 * Registration is ours (src/offline/registerServiceWorker.ts): the plugin's own register script is
 * either inline (blocked by the CSP) or one more request before the app starts.
 */
export function offlinePlugins(): PluginOption[] {
  return [
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      // The glob below already takes the icons; the plugin would list them a second time.
      includeManifestIcons: false,
      manifest: WEB_APP_MANIFEST,
      workbox: {
        // Everything the build writes, public files included: the app must never half-work offline.
        globPatterns: ['**/*'],
        // The plugin adds the manifest itself (with its own revision); a second entry would conflict.
        globIgnores: [...NOT_PRECACHED, 'manifest.webmanifest'],
        // The engine worker is ~1.1 MB and each wasm binary ~0.4 MB; the default limit is 2 MiB.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // The spec lives in the query string: every navigation gets the one precached page, as the
        // preview server's SPA fallback does online.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
    precacheCheck(),
  ];
}
