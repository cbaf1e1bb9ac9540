import { expect, test, type Page } from '@playwright/test';
import { engineWorker } from '../bench/pageMeasures';
import { openAdvanced, openPlayground, readNumber, startFreshConfirmed, trainButton } from './helpers';

function expectSameOutputs(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(Math.abs(value - expected[i])).toBeLessThan(1e-5));
}

async function predictions(page: Page): Promise<number[]> {
  const inputs = [0, 0, 1.5, -2, -3, 4, 5, 5];
  const worker = await engineWorker(page);
  return worker.evaluate(
    ([x, n]) => (self as unknown as { __engineBench: { predict(x: number[], n: number): number[] } }).__engineBench.predict(x, n),
    [inputs, inputs.length / 2] as const,
  );
}

test('a learning rate far too high: training stops, says why in plain words, and one click recovers', async ({ page }) => {
  await openPlayground(page, '?dataset=plane&output=linear&layers=8:relu,8:relu&lr=5&loss=sumSquaredError');
  await trainButton(page).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('the loss grew without bound', { timeout: 30_000 });
  await expect(alert).toContainText('learning rate (5) is probably too high');
  await expect(trainButton(page)).toBeVisible();
  // Never "NaN" or a 90-digit number as if it were a result.
  await expect(page.getByLabel('Training loss', { exact: true })).toHaveText('diverged');
  await expect(page.locator('body')).not.toContainText('NaN');
  await page.getByRole('button', { name: 'Lower learning rate and reset', exact: true }).click();
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.5');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await readNumber(page, 'Training loss')).toBeGreaterThan(0);
});

test('a full run under the Content-Security-Policy causes no violation, on every backend', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto('/?epochs=30&layers=6:relu,dropout:0.1,4:tanh&dataset=spiral3&output=softmax&loss=categoricalCrossEntropy&optimizer=adam');
  const policy = response!.headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', policy);
  await openAdvanced(page);
  for (const backend of ['wasm', 'webgl', 'cpu']) {
    await page.getByLabel('Backend', { exact: true }).selectOption(backend);
    await expect(page.getByLabel('Active backend', { exact: true })).toHaveText(backend, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1', { timeout: 30_000 });
  }
  await trainButton(page).click();
  await expect(page.locator('.status-text')).toHaveText('finished', { timeout: 60_000 });
  await page.getByLabel('Dataset', { exact: true }).selectOption('iris');
  await expect(page.getByLabel('Horizontal axis', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save decision boundary as PNG', exact: true }).click();
  await page.getByRole('button', { name: 'Export code', exact: true }).click();
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
  expect(violations).toEqual([]);
});

test('big but legal: 8 layers of 512 units train in the worker while the page stays responsive', async ({ page }) => {
  test.setTimeout(180_000);
  const layers = Array(8).fill('512:relu').join(',');
  await openPlayground(page, `?layers=${layers}&optimizer=adam&lr=0.001`);
  await expect(page.getByText('+ 448 more').first()).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  // While the worker computes, the page keeps painting frames.
  const fps = await page.evaluate(async () => {
    let frames = 0;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const tick = () => (++frames, performance.now() - start < 2000 ? requestAnimationFrame(tick) : resolve());
      requestAnimationFrame(tick);
    });
    return frames / ((performance.now() - start) / 1000);
  });
  expect(fps).toBeGreaterThan(30);
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1', { timeout: 120_000 });
  expect(await readNumber(page, 'Training loss')).toBeGreaterThanOrEqual(0);
});

test('absurd values in a link are refused with a message, never crash the page', async ({ page }) => {
  await page.goto(`/?layers=${Array(1000).fill('4:tanh').join(',')}&batch=0&lr=-1&units=1e9&noise=1e9`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('layers=');
  await expect(alert).toContainText('batch=0');
  await expect(alert).toContainText('lr=-1');
  await expect(page.getByTestId('network-diagram')).toHaveAttribute('data-layers', '2');
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText(/^(webgl|wasm|cpu)$/);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
});

test('settings, trained weights and the run survive a reload; Start fresh forgets them', async ({ page }) => {
  await openPlayground(page, '?layers=5:tanh,3:tanh&seed=4&optimizer=adam&lr=0.01');
  await trainButton(page).click();
  await expect.poll(() => readNumber(page, 'Epoch')).toBeGreaterThanOrEqual(15);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.locator('.status-text')).toHaveText('paused');
  const epoch = await readNumber(page, 'Epoch');
  const before = await predictions(page);
  // The save happens when training stops; give it a moment to reach IndexedDB.
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(`Your last run was restored, at epoch ${epoch}.`);
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch));
  // The very weights: the same outputs (to float precision, as "auto" may pick another backend).
  expectSameOutputs(await predictions(page), before);
  await expect(page.getByLabel('Units in layer 1', { exact: true })).toHaveValue('5');
  // Training goes on from there.
  await trainButton(page).click();
  await expect.poll(() => readNumber(page, 'Epoch')).toBeGreaterThan(epoch + 3);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  // A closed tab: a new page with no link at all gets the same settings back.
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other.getByLabel('Units in layer 1', { exact: true })).toHaveValue('5');
  await expect(other.getByLabel('Epoch', { exact: true })).not.toHaveText('0');
  // Reset keeps the trained run in the run list, which Start fresh forgets too.
  await other.getByRole('button', { name: 'Reset', exact: true }).click();
  const runList = other.getByRole('region', { name: 'Run comparison' });
  await expect(runList.getByRole('checkbox', { name: 'Overlay Run 1' })).toBeVisible();
  await startFreshConfirmed(other);
  await expect(other.getByLabel('Units in layer 1', { exact: true })).toHaveValue('4');
  await expect(other.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(runList).toContainText('No runs yet');
  await other.reload();
  await expect(other.getByLabel('Units in layer 1', { exact: true })).toHaveValue('4');
  await expect(runList).toContainText('No runs yet');
});

test('Start fresh in the middle of training leaves nothing behind, even after a reload', async ({ page }) => {
  await openPlayground(page, '?layers=5:tanh&seed=6&epochs=8');
  const runList = page.getByRole('region', { name: 'Run comparison' });
  await trainButton(page).click();
  await expect(page.locator('.status-text')).toHaveText('finished', { timeout: 60_000 });
  await expect(runList.getByRole('checkbox', { name: 'Overlay Run 1' })).toBeVisible();
  // A second run, still training when the page is cleared.
  await page.getByLabel('Epochs', { exact: true }).fill('');
  await page.getByLabel('Epochs', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await trainButton(page).click();
  await expect.poll(() => readNumber(page, 'Epoch')).toBeGreaterThanOrEqual(3);
  await startFreshConfirmed(page);
  await expect(page.getByLabel('Units in layer 1', { exact: true })).toHaveValue('4');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(runList).toContainText('No runs yet');
  await page.reload();
  await expect(page.getByLabel('Units in layer 1', { exact: true })).toHaveValue('4');
  await expect(runList).toContainText('No runs yet');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(page.getByText('Your last run was restored')).toHaveCount(0);
});

test('when the worker dies, a new one takes over with the settings and the last saved weights, and says so', async ({ page }) => {
  test.setTimeout(90_000);
  await openPlayground(page, '?layers=6:relu,3:tanh&seed=11');
  await trainButton(page).click();
  await expect.poll(() => readNumber(page, 'Epoch')).toBeGreaterThanOrEqual(12);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.locator('.status-text')).toHaveText('paused');
  const epoch = await readNumber(page, 'Epoch');
  const before = await predictions(page);
  await page.waitForTimeout(1000);
  const dying = await engineWorker(page);
  await dying.evaluate(() => self.close()).catch(() => undefined);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The training engine stopped (it stopped answering) and was restarted with your settings.', { timeout: 30_000 });
  await expect(alert).toContainText(`Your last run was restored, at epoch ${epoch}.`, { timeout: 30_000 });
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch));
  expectSameOutputs(await predictions(page), before);
  // The page never hangs: the buttons work on the new worker.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch + 1));
});

test('a lost GPU context: training carries on on another backend from the last weights, and the page says so', async ({ page }) => {
  test.setTimeout(90_000);
  await openPlayground(page, '?backend=webgl');
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText('webgl');
  await trainButton(page).click();
  await expect.poll(() => readNumber(page, 'Epoch'), { timeout: 60_000 }).toBeGreaterThanOrEqual(5);
  const worker = await engineWorker(page);
  const lost = await worker.evaluate(() => (self as unknown as { __engineBench: { loseWebglContext(): boolean } }).__engineBench.loseWebglContext());
  expect(lost).toBe(true);
  await expect(page.getByRole('alert')).toContainText('The GPU (WebGL) context was lost', { timeout: 30_000 });
  // From the weights read back last, not from scratch.
  await expect(page.getByRole('alert')).toContainText(/continues on (WebAssembly|CPU \(plain JS\)) from epoch [1-9]\d*, with the last weights/);
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText(/^(wasm|cpu)$/);
  const after = await readNumber(page, 'Epoch');
  expect(after).toBeGreaterThan(0);
  await expect.poll(() => readNumber(page, 'Epoch'), { timeout: 30_000 }).toBeGreaterThan(after + 5);
  await expect(page.getByLabel('Test loss', { exact: true })).not.toHaveText('diverged');
});
