import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openPlayground, pauseButton, trainButton, waitForEpochAtLeast } from './helpers';

/** Trains until every picture (neurons, boundary, confusion matrix, gradients) has been drawn, then pauses. */
async function trainAndPause(page: Page, epochs = 30) {
  await trainButton(page).click();
  await waitForEpochAtLeast(page, epochs);
  await pauseButton(page).click();
  await expect(page.getByRole('region', { name: 'Confusion matrix' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gradients per layer' })).toBeVisible();
}

test('the main page before training has no WCAG A/AA violations', async ({ page }) => {
  await openPlayground(page);
  await expectNoAxeViolations(page, 'the main page before training');
});

test('the main page after training, with every picture drawn, has no violations', async ({ page }) => {
  await openPlayground(page);
  await trainAndPause(page);
  await expectNoAxeViolations(page, 'the main page after training');
});

test('a 3-class problem after training (class legend, 3×3 confusion matrix) has no violations', async ({ page }) => {
  await openPlayground(page, '?dataset=spiral3&layers=8:relu,8:relu&output=softmax&loss=categoricalCrossEntropy&optimizer=adam&lr=0.01');
  await trainAndPause(page, 20);
  await expect(page.getByRole('region', { name: 'Confusion matrix' }).locator('tbody tr')).toHaveCount(3);
  await expectNoAxeViolations(page, 'a 3-class problem after training');
});

test('presentation mode, after training, has no violations', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Presentation mode', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Presentation mode', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await trainAndPause(page);
  await expectNoAxeViolations(page, 'presentation mode after training');
});

test('the Export code dialog has no violations', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Export code', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Export code' })).toBeVisible();
  await expectNoAxeViolations(page, 'the Export code dialog');
});

test('the neuron inspector, in use, has no violations', async ({ page }) => {
  await openPlayground(page);
  await trainAndPause(page);
  await page.getByRole('group', { name: 'Neuron inspector' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: 'Neuron inspector' })).toContainText('Layer 2, neuron 1');
  await expectNoAxeViolations(page, 'the neuron inspector in use');
});

test('screen readers hear training start, progress at most every 10 s, and the pause', async ({ page }) => {
  test.setTimeout(120_000);
  await openPlayground(page);
  const region = page.getByRole('status', { name: 'Training progress' });
  await expect(region).toHaveAttribute('aria-live', 'polite');
  // Every text the region takes, with when it took it.
  await region.evaluate((element) => {
    const said: Array<{ at: number; text: string }> = [];
    (window as unknown as { said: typeof said }).said = said;
    new MutationObserver(() => said.push({ at: performance.now(), text: element.textContent ?? '' })).observe(element, { childList: true, characterData: true, subtree: true });
  });
  await trainButton(page).click();
  await expect(region).toHaveText('Training started at epoch 0.');
  // Long enough for one progress line; the epoch count is not what is measured here.
  await page.waitForTimeout(12_500);
  await pauseButton(page).click();
  await expect(region).toHaveText(/^Training paused at epoch \d+, test loss [\d.e-]+, test accuracy \d\.\d\d\.$/);
  const said = await page.evaluate(() => (window as unknown as { said: Array<{ at: number; text: string }> }).said);
  const progress = said.filter((s) => /^Epoch \d+, test loss/.test(s.text));
  expect(progress.length, JSON.stringify(said)).toBeGreaterThanOrEqual(1);
  expect(progress.length, JSON.stringify(said)).toBeLessThanOrEqual(2);
  const times = said.map((s) => s.at);
  for (let i = 1; i < times.length - 1; i++) expect(times[i] - times[i - 1], JSON.stringify(said)).toBeGreaterThanOrEqual(9_500);
});
