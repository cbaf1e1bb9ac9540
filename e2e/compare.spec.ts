import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPlayground, trainButton } from './helpers';

// Overridable so that suites running side by side do not wipe each other's pictures.
const SHOTS = process.env.E2E_SHOTS ?? 'test-results/screenshots';
const comparison = (page: Page) => page.getByRole('region', { name: 'Run comparison' });
const runRows = (region: Locator) => region.getByRole('table', { name: 'Kept runs' }).getByRole('row');
const curves = (region: Locator) => region.getByRole('img', { name: /loss per epoch of/ }).locator('.run-curve path');

/** Trains the current run to its epoch count and waits until the page says it finished. */
async function trainToEnd(page: Page, epochs: number) {
  await trainButton(page).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epochs), { timeout: 90_000 });
  await expect(page.locator('.status-text')).toHaveText('finished');
}

/** Number of points a curve is drawn through (d3's path is "M x,y L x,y L …"). */
const pointsOf = (d: string | null) => (d ?? '').split(/[ML]/).filter((part) => part.trim() !== '').length;

test('SGD against Adam: both runs are kept, overlaid, told apart by what differed, and survive a reload', async ({ page }) => {
  await openPlayground(page, '?optimizer=miniBatchSgd&epochs=40&seed=1');
  const region = comparison(page);
  await expect(region).toContainText('No runs yet');
  await region.screenshot({ path: `${SHOTS}/compare-empty.png` });

  await trainToEnd(page, 40);
  await expect(region.getByRole('checkbox', { name: 'Overlay Run 1' })).toBeVisible();
  await page.getByLabel('Optimizer', { exact: true }).selectOption('adam');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await trainToEnd(page, 40);

  await expect(runRows(region)).toHaveCount(3);
  await expect(runRows(region).filter({ hasText: 'Run 1' })).toContainText('Optimizer: Mini-batch SGD');
  await expect(runRows(region).filter({ hasText: 'Run 2' })).toContainText('Optimizer: Adam');
  for (const name of ['Run 1', 'Run 2']) await expect(runRows(region).filter({ hasText: name }).getByRole('cell', { name: '40', exact: true })).toBeVisible();

  // Overlay exactly these two: each draws one curve through its 41 epochs (0 to 40).
  for (const name of ['Run 1', 'Run 2']) await region.getByRole('checkbox', { name: `Overlay ${name}` }).check();
  await expect(region.getByRole('img', { name: 'Training loss per epoch of Run 1, Run 2' })).toBeVisible();
  await expect(curves(region)).toHaveCount(2);
  const [sgd, adam] = await curves(region).evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
  expect(pointsOf(sgd)).toBe(41);
  expect(pointsOf(adam)).toBe(41);
  expect(sgd).not.toBe(adam);
  const styles = await curves(region).evaluateAll((paths) => paths.map((p) => `${p.getAttribute('stroke')} ${p.getAttribute('stroke-dasharray')}`));
  expect(new Set(styles).size).toBe(2);

  const legend = region.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText([/Run 1 — Optimizer: Mini-batch SGD$/, /Run 2 — Optimizer: Adam$/]);
  await expect(region.getByText(/^Same: Circle; noise 0; .*layers 4, 2 tanh; .*learning rate 0\.03; batch size 10; .*seed 1$/)).toBeVisible();
  // The text alternative carries the final numbers of both curves.
  await expect(region.getByRole('table', { name: 'Final values of the overlaid runs' }).getByRole('row')).toHaveCount(3);

  // Test loss instead, on a log scale: still two curves.
  await region.getByLabel('Curves').selectOption('test');
  await region.getByLabel('Log scale').check();
  await expect(region.getByRole('img', { name: 'Test loss per epoch of Run 1, Run 2' })).toBeVisible();
  await expect(curves(region)).toHaveCount(2);
  await region.screenshot({ path: `${SHOTS}/compare-test-log.png` });
  await region.getByLabel('Curves').selectOption('train');
  await region.getByLabel('Log scale').uncheck();

  const axe = await new AxeBuilder({ page }).include('.run-comparison').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await region.scrollIntoViewIfNeeded();
  await region.screenshot({ path: `${SHOTS}/compare.png` });
  await page.screenshot({ path: `${SHOTS}/compare-page.png`, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  expect(await overflow()).toBeLessThanOrEqual(0);
  await region.screenshot({ path: `${SHOTS}/compare-1024.png` });
  await page.setViewportSize({ width: 1366, height: 768 });

  // A reload brings back the run that was training (Adam) and the list, without a third entry.
  await page.reload();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('40');
  await expect(runRows(comparison(page))).toHaveCount(3);
  await expect(curves(comparison(page))).toHaveCount(2);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(runRows(comparison(page))).toHaveCount(3);
});

test('runs left behind by Reset are kept; Remove and Clear runs empty the list, and a corrupt saved list does no harm', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('neural-playground/runs', '{"version":1,"nextRunNumber":4,"runs":[{"id":"x"},');
    }
  });
  await openPlayground(page, '?epochs=40&seed=3');
  const region = comparison(page);
  await expect(region).toContainText('No runs yet');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  const reset = page.getByRole('button', { name: 'Reset', exact: true });
  for (const run of [1, 2]) {
    await step.click();
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
    await reset.click();
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
    await expect(region.getByRole('checkbox', { name: `Overlay Run ${run}` })).toBeChecked();
  }
  await expect(runRows(region).filter({ hasText: 'Run 2' })).toContainText('same settings');
  await region.getByRole('button', { name: 'Remove Run 1' }).click();
  await expect(region.getByRole('checkbox', { name: 'Overlay Run 1' })).toHaveCount(0);
  await expect(curves(region)).toHaveCount(1);
  await region.getByRole('checkbox', { name: 'Overlay Run 2' }).uncheck();
  await expect(curves(region)).toHaveCount(0);
  await region.getByRole('button', { name: 'Clear runs' }).click();
  await expect(region).toContainText('No runs yet');
  await page.reload();
  await expect(comparison(page)).toContainText('No runs yet');
});

test('on the digits, a CNN and a dense network are kept side by side, told apart by their layers', async ({ page }) => {
  await openPlayground(page, '?dataset=digits8&epochs=3');
  await expect(page.getByLabel('Kind of layer 1', { exact: true })).toHaveValue('conv2d');
  const region = comparison(page);
  await trainToEnd(page, 3);
  // The same digits without the convolution and the pooling: Flatten then dense.
  await page.getByRole('button', { name: 'Remove layer 1', exact: true }).click();
  await page.getByRole('button', { name: 'Remove layer 1', exact: true }).click();
  await expect(page.getByLabel('Kind of layer 1', { exact: true })).toHaveValue('flatten');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await trainToEnd(page, 3);

  await expect(runRows(region)).toHaveCount(3);
  const [cnn, dense] = [runRows(region).filter({ hasText: 'Run 1' }), runRows(region).filter({ hasText: 'Run 2' })];
  await expect(cnn).toContainText(/Layers: .*conv/i);
  await expect(dense).not.toContainText(/conv/i);
  for (const name of ['Run 1', 'Run 2']) await region.getByRole('checkbox', { name: `Overlay ${name}` }).check();
  await expect(curves(region)).toHaveCount(2);
  const paths = await curves(region).evaluateAll((all) => all.map((p) => p.getAttribute('d')));
  expect(paths.map(pointsOf)).toEqual([4, 4]);
  await expect(region.getByText(/^Same: Digits 8×8/)).toBeVisible();
});
