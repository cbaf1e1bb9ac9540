import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.BENCH_GPU_PORT ?? 4175);

/**
 * `npm run bench:gpu`: WebGL on whatever GPU the machine has, against wasm and cpu. The spec
 * launches Chromium itself, trying flag sets until it gets a hardware renderer (bench/gpuFlags.ts),
 * and prints the renderer it got; never part of `npm test`.
 */
export default defineConfig({
  testDir: 'bench',
  testMatch: 'gpu.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 600_000,
  reporter: [['list']],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
