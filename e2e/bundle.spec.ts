import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { TFJS_CODE } from '../bench/bundleSizes';

test('tfjs is only in the worker bundle, never in the main-thread bundle', async ({ page }) => {
  await page.goto('/');
  const scripts = await page.locator('script[type="module"]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) {
    const body = await (await page.request.get(src)).text();
    expect(body).not.toMatch(TFJS_CODE);
  }
  const assets = readdirSync(join(process.env.E2E_DIST ?? 'dist', 'assets'));
  const worker = assets.find((name) => /^worker-.*\.js$/.test(name));
  expect(worker, 'a separate worker bundle exists').toBeTruthy();
  expect(readFileSync(join(process.env.E2E_DIST ?? 'dist', 'assets', worker!), 'utf8')).toMatch(TFJS_CODE);
});
