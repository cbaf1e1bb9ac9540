import type { ManifestOptions } from 'vite-plugin-pwa';

/** The header's colour, so the installed window's title bar and splash screen match the page. */
const THEME_COLOUR = '#16324f';

/** Icons rendered from public/favicon.svg by scripts/makeIcons.mjs; the e2e test checks their sizes. */
const MANIFEST_ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  name: 'Neural Playground',
  short_name: 'Playground',
  description: 'Build, train and inspect real neural networks in your browser, online or offline.',
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: THEME_COLOUR,
  background_color: THEME_COLOUR,
  lang: 'en',
  icons: MANIFEST_ICONS.map((icon) => ({ ...icon })),
};
