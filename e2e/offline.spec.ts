import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtFiles, missingFromPrecache, precachedUrls } from '../pwa/precacheCheck';
import { expectNoAxeViolations } from './axe';
import { openPlayground, readNumber, trainButton, waitForEpochAtLeast } from './helpers';

const DIST = process.env.E2E_DIST ?? 'dist';

/** Waits until the service worker has precached everything and controls this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  const activeState = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'no service worker');
  await expect.poll(activeState, { message: 'a service worker installs (precaching everything) and activates', timeout: 60_000 }).toBe('activated');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clientsClaim hands the open page over once the worker activates; a reload is the fallback.
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  try {
    await expect.poll(controlled, { timeout: 5_000 }).toBe(true);
  } catch {
    await page.reload();
    await expect.poll(controlled).toBe(true);
  }
}

/** Every request the browser makes in this context, the service worker's own included. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Cuts the network, reloads the same link, and checks the page came from the service worker. */
async function reloadOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the page itself came from the service worker').toBe(true);
  // The network really is gone: a file that is not precached cannot be fetched.
  const uncached = await page.evaluate(() => fetch(`/not-precached-${Date.now()}.txt`).then((r) => `status ${r.status}`, () => 'failed'));
  expect(uncached).toBe('failed');
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText(/^(webgl|wasm|cpu)$/);
  await expect(page.getByLabel('Test loss', { exact: true })).toHaveText(/^\d/);
}

/** Presses Train and shows that epochs advance and the test loss falls from where it started. */
async function expectItTrains(page: Page): Promise<void> {
  const startEpoch = await readNumber(page, 'Epoch');
  const startLoss = await readNumber(page, 'Test loss');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, startEpoch + 5);
  await expect.poll(() => readNumber(page, 'Test loss'), { timeout: 60_000 }).toBeLessThan(startLoss * 0.9);
}

test('offline after one visit: the wasm backend loads its binary from the cache and trains', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await openPlayground(page, '?backend=wasm');
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText('wasm');
  await waitForServiceWorker(page);
  await reloadOffline(page);
  // Had the .wasm fetch failed, the engine would have fallen back to another backend and said so.
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText('wasm');
  await expectItTrains(page);
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url)), 'nothing from another origin').toEqual([]);
  expect(refused, 'the CSP allows the service worker and everything it serves').toEqual([]);
});

test('offline, a link with another dataset in its query string opens from the cache and trains', async ({ page }) => {
  await openPlayground(page);
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  // A query string the online visit never used: only the navigation fallback can answer it.
  const response = await page.goto('/?dataset=xor&lr=0.1');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('xor');
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.1');
  await expect(page.getByLabel('Test loss', { exact: true })).toHaveText(/^\d/);
  await expectItTrains(page);
});

test('offline, the parts loaded on first use still arrive: code and teacher-link dialogs, CSV downloads', async ({ page }) => {
  await openPlayground(page);
  await waitForServiceWorker(page);
  // A fresh page offline: none of these parts has been loaded yet, so each comes from the precache.
  await reloadOffline(page);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.getByRole('button', { name: 'Export code', exact: true }).click();
  const code = page.getByRole('dialog', { name: 'Export code' });
  await expect(code.getByLabel('Generated code')).toContainText('import');
  await code.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Teacher link', exact: true }).click();
  const teacher = page.getByRole('dialog', { name: 'Teacher link' });
  await expect(teacher.getByLabel('Link', { exact: true })).toHaveValue(/^http/);
  await teacher.getByRole('button', { name: 'Close' }).click();
  for (const [button, file] of [['Export loss history', /^loss-history/], ['Download data as CSV', /\.csv$/]] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button, exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(file);
  }
  expect(failed, 'every chunk came from the cache').toEqual([]);
});

test('every file the build wrote is in the service worker precache, the wasm binaries included', async ({ request }) => {
  const urls = precachedUrls(await (await request.get('/sw.js')).text());
  expect(missingFromPrecache(builtFiles(DIST), urls)).toEqual([]);
  expect(urls.filter((url) => url.endsWith('.wasm'))).toHaveLength(3);
  expect(urls.some((url) => /^assets\/worker-.*\.js$/.test(url)), 'the engine worker bundle').toBe(true);
});

/** Width and height from a PNG's IHDR chunk, after checking the PNG signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the page links a web app manifest: installable, colours of the header, PNG icons of the stated sizes', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as {
    name: string; short_name: string; start_url: string; scope: string; display: string;
    theme_color: string; background_color: string; icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Neural Playground');
  expect(manifest.short_name.length).toBeGreaterThan(0);
  expect(manifest.display).toBe('standalone');
  expect(new URL(manifest.start_url, page.url()).href.startsWith(new URL(manifest.scope, page.url()).href)).toBe(true);
  const header = await page.getByRole('banner').evaluate((node) => getComputedStyle(node).backgroundColor);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  expect(rgb(manifest.theme_color)).toBe(header);
  expect(rgb(manifest.background_color)).toBe(header);
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, page.url()).href);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toBe('image/png');
    const { width, height } = pngSize(await response.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
  // Chromium's own verdict, with the page's CSP in force: the manifest parses and the app could be
  // installed. Playwright's contexts are incognito, which is the one reason Chromium may give.
  const cdp = await page.context().newCDPSession(page);
  expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
});

test('offline, the lessons (loaded on first use) open from the cache, and a lesson link works', async ({ page }) => {
  await openPlayground(page);
  await waitForServiceWorker(page);
  await reloadOffline(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button', { name: 'Optimizers compared: SGD, momentum, Adam', exact: true }).click();
  await expect(page.getByRole('region', { name: /^Lesson 7:/ })).toContainText('step 1 of 2');
  await page.goto('/?lesson=softmax&step=2');
  await expect(page.getByRole('region', { name: /^Lesson 11:/ })).toContainText('step 2 of 2');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('spiral3');
});

test('when a new version takes over an open page, it offers a reload that keeps the trained weights', async ({ page }) => {
  await openPlayground(page, '?seed=3');
  await waitForServiceWorker(page);
  // The first install taking control is not an update.
  await expect(page.getByRole('button', { name: 'Reload now', exact: true })).toHaveCount(0);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 5);
  // A deployment, as the browser sees it: sw.js changed (the page's revision, as a rebuild would
  // change it). Put back afterwards; a run killed in between leaves it to the next build.
  const swPath = `${DIST}/sw.js`;
  const deployed = readFileSync(swPath, 'utf8');
  const next = deployed.replace(/(url:"index\.html",revision:")(.)/, (_, head: string, first: string) => `${head}${first === 'a' ? 'b' : 'a'}`);
  expect(next).not.toBe(deployed);
  writeFileSync(swPath, next);
  try {
    // What the browser does on a later navigation or its periodic check.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Neural Playground is installed' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'test-results/screenshots'}/update-notice.png` });
    await expectNoAxeViolations(page, 'the page with the update notice');
    // Reloading pauses and saves first: the run comes back at the epoch it stopped at.
    await notice.getByRole('button', { name: 'Reload now', exact: true }).click();
    const restoredAlert = page.getByRole('alert').filter({ hasText: 'Your last run was restored' });
    await expect(restoredAlert).toContainText(/at epoch \d+\./, { timeout: 30_000 });
    const restored = Number((await restoredAlert.textContent())!.match(/epoch (\d+)/)![1]);
    expect(restored).toBeGreaterThanOrEqual(5);
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(restored));
    // The reloaded page runs the new version: nothing more to announce.
    await page.waitForTimeout(2000);
    await expect(page.getByText('A new version of Neural Playground is installed')).toHaveCount(0);
  } finally {
    writeFileSync(swPath, deployed);
  }
});
