/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './csp';
import { offlinePlugins } from './pwa/offlinePlugins';

/** The CSP goes into the built page only: the dev server needs an inline script for hot reload. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), ...offlinePlugins()],
  worker: {
    format: 'es',
    rolldownOptions: {
      // Keeps the worker bundle small: tfjs ships a licence banner in every module.
      output: { comments: false },
    },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Every browser that runs this app (ES2022, module workers) knows <link rel="modulepreload">; the
    // polyfill was only bytes in the main bundle.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
