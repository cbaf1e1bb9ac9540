import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browser';

const executablePath = findChromium();
if (!executablePath) {
  console.warn(
    '[e2e] No Chromium found: set CHROMIUM_PATH, install Debian\'s "chromium" package, or run "npx playwright install chromium" where downloads work.',
  );
}

// E2E_PORT and E2E_DIST let several checkouts' suites run side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  // Two cores: one test at a time keeps the training measurably real and the run stable.
  workers: 1,
  // One retry in CI only, reported as "flaky", never as plainly passed. The one stall seen (the
  // datasets test stuck at epoch 0) was a real race, fixed: a Step clicked while Iris loaded trained
  // the old network. The retry stays so an unexplained hiccup on the shared 2-core machine shows up
  // in the log instead of sinking a submission; a real failure still fails both tries.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
