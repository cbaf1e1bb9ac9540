import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { enterNumber, openAdvanced, openPlayground, startFreshConfirmed } from './helpers';

/** A new learner's first minutes (issue 12): number fields, said adjustments, a gentle first screen. */

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('a number field applies on Enter or on leaving it, and refuses a value out of range, naming the range', async ({ page }) => {
  await openPlayground(page);
  const units = field(page, 'Units in layer 1');
  await expect(page).toHaveURL(/layers=4/);
  // Typing is not applying: "600" does not pass through 6 and 60 on the way.
  await units.fill('6');
  await expect(units).toHaveValue('6');
  await expect(page).toHaveURL(/layers=4/);
  await units.fill('600');
  await units.press('Enter');
  // Refused, and it stays in the field, marked, with the range named.
  await expect(units).toHaveValue('600');
  await expect(units).toHaveAttribute('aria-invalid', 'true');
  await expect(units).toHaveAccessibleDescription(/between 1 and 512/);
  await expect(page.getByText(/between 1 and 512/)).toBeVisible();
  await expect(page).toHaveURL(/layers=4/);
  // Corrected, and applied when the learner leaves the field.
  await units.fill('64');
  await expect(units).toHaveAttribute('aria-invalid', 'false');
  await units.press('Tab');
  await expect(page).toHaveURL(/layers=64/);
  await expect(units).toHaveValue('64');

  const batch = field(page, 'Batch size');
  await batch.fill('100000');
  await batch.press('Enter');
  await expect(batch).toHaveValue('100000');
  await expect(batch).toHaveAttribute('aria-invalid', 'true');
  await expect(batch).toHaveAccessibleDescription(/between 1 and 2000/);
  await expect(page).toHaveURL(/batch=10(&|$)/);
  await batch.fill('25');
  await batch.press('Enter');
  await expect(page).toHaveURL(/batch=25(&|$)/);
  await expect(batch).toHaveAttribute('aria-invalid', 'false');
});

test('with SGD or batch gradient descent the batch field shows the batch size actually used', async ({ page }) => {
  await openPlayground(page);
  const batch = field(page, 'Batch size');
  await expect(batch).toHaveValue('10');
  await field(page, 'Optimizer').selectOption('sgd');
  await expect(batch).toBeDisabled();
  await expect(batch).toHaveValue('1');
  // 500 points, half of them for training: every one of the 250 in each update.
  await field(page, 'Optimizer').selectOption('batchGd');
  await expect(batch).toHaveValue('250');
  await field(page, 'Optimizer').selectOption('adam');
  await expect(batch).toBeEnabled();
  await expect(batch).toHaveValue('10');
});

const adjustments = (page: Page) => page.getByRole('status', { name: 'Adjustments' });

test('every setting the page changes is said with display names, and the sentence goes once it no longer applies', async ({ page }) => {
  await openPlayground(page);
  await field(page, 'Loss').selectOption('categoricalCrossEntropy');
  await expect(field(page, 'Output activation')).toHaveValue('softmax');
  await expect(adjustments(page)).toContainText('Categorical cross-entropy reads one probability per class, so the output is now Softmax (was Tanh).');
  // Hinge takes the output back, and says so; the softmax sentence no longer applies.
  await field(page, 'Loss').selectOption('hinge');
  await expect(field(page, 'Output activation')).toHaveValue('tanh');
  await expect(adjustments(page)).toContainText('so the output is now Tanh (was Softmax).');
  await expect(adjustments(page)).not.toContainText('now Softmax');
  await field(page, 'Loss').selectOption('meanSquaredError');
  await expect(adjustments(page)).toHaveText('');

  // A refused choice names what stays, in the menus' words, never an identifier.
  await field(page, 'Dataset').selectOption('plane');
  await field(page, 'Loss').selectOption('hinge');
  await expect(field(page, 'Loss')).toHaveValue('meanSquaredError');
  await expect(adjustments(page)).toContainText('so the loss is Mean squared error, not Hinge.');
  await expect(adjustments(page)).toContainText('so the output is now Linear (was Tanh).');
  await expect(adjustments(page)).not.toContainText(/meanSquaredError|categoricalCrossEntropy|using linear/);
});

test('a link whose values need another output says so in whole sentences, as the controls do', async ({ page }) => {
  await openPlayground(page, '?dataset=blobs4');
  const notice = page.getByRole('alert').filter({ hasText: 'This dataset has 4 classes' });
  await expect(notice).toContainText('This dataset has 4 classes, which need a softmax output with one unit per class, so the output is now Softmax (was Tanh).');
  await expect(notice).toContainText('so the loss is now Categorical cross-entropy (was Mean squared error).');
  await openPlayground(page, '?dataset=plane&loss=hinge');
  const refused = page.getByRole('alert').filter({ hasText: 'Hinge loss needs two classes' });
  await expect(refused).toContainText('so the loss is Mean squared error, not Hinge.');
  await expect(refused).toContainText('so the output is now Linear (was Tanh).');
});

test('the noisy sine has one input: its x2 features are not offered, with the reason on hover or focus, and it starts with noise', async ({ page }) => {
  await openPlayground(page);
  await field(page, 'Dataset').selectOption('sine');
  await expect(page.getByRole('slider', { name: 'Noise' })).not.toHaveValue('0');
  expect(Number(await page.getByRole('slider', { name: 'Noise' }).inputValue())).toBeGreaterThan(0);
  for (const name of ['x2', 'x2 squared', 'x1 times x2', 'sin x2']) {
    const box = page.getByRole('checkbox', { name: `Feature ${name}`, exact: true });
    await expect(box, name).toHaveAttribute('aria-disabled', 'true');
    await expect(box, name).not.toBeChecked();
    await expect(box, name).toHaveAccessibleDescription(/one input, x1 \(x2 is always 0\)/);
  }
  const x2 = page.getByRole('checkbox', { name: 'Feature x2', exact: true });
  const reason = page.getByRole('tooltip').filter({ hasText: 'x2 is always 0' }).first();
  await expect(reason).toBeHidden();
  await x2.focus();
  await expect(reason).toBeVisible();
  // Clicking does not switch it on.
  await x2.click({ force: true });
  await expect(x2).not.toBeChecked();
  await x2.blur();
  await page.getByRole('heading', { name: 'Data', exact: true }).hover();
  await expect(reason).toBeHidden();
  await page.getByRole('checkbox', { name: 'Feature sin x2', exact: true }).hover();
  await expect(page.getByRole('tooltip').filter({ hasText: 'x2 is always 0' }).last()).toBeVisible();
  // The x1 features stay on offer.
  await expect(page.getByRole('checkbox', { name: 'Feature sin x1', exact: true })).not.toHaveAttribute('aria-disabled', 'true');
  // Back on two-input data, x2 is offered and on again.
  await field(page, 'Dataset').selectOption('circle');
  await expect(x2).toBeChecked();
  await expect(x2).not.toHaveAttribute('aria-disabled', 'true');
});

/** Everything the page shows and says: visible text and the accessibility tree's names. */
const whatThePageSays = async (page: Page) => `${await page.locator('body').innerText()}\n${await page.locator('body').ariaSnapshot()}`;

test('a gentle first screen: backend, gradient clipping and seed wait behind Advanced, and nothing says cpu or wasm', async ({ page }) => {
  await openPlayground(page);
  const advanced = page.getByRole('button', { name: 'Advanced', exact: true });
  await expect(advanced).toHaveAttribute('aria-expanded', 'false');
  for (const label of ['Backend', 'Gradient clipping', 'Seed', 'Active backend']) await expect(field(page, label), label).toBeHidden();
  expect(await whatThePageSays(page)).not.toMatch(/\b(cpu|wasm|webgl)\b/i);
  await expectNoAxeViolations(page, 'the first screen, Advanced closed');
  await advanced.click();
  await expect(advanced).toHaveAttribute('aria-expanded', 'true');
  for (const label of ['Backend', 'Gradient clipping', 'Seed', 'Active backend']) await expect(field(page, label), label).toBeVisible();
  await expect(field(page, 'Active backend')).toHaveText(/^(webgl|wasm|cpu)$/);
  await expectNoAxeViolations(page, 'the page with Advanced open');
  await advanced.click();
  await expect(field(page, 'Seed')).toBeHidden();
});

test('a link still sets the advanced settings, which Advanced then shows', async ({ page }) => {
  await openPlayground(page, '?seed=42&clip=1&backend=cpu');
  await expect(page).toHaveURL(/seed=42.*backend=cpu.*clip=1/);
  await openAdvanced(page);
  await expect(field(page, 'Seed')).toHaveValue('42');
  await expect(field(page, 'Gradient clipping')).toHaveValue('1');
  await expect(field(page, 'Backend')).toHaveValue('cpu');
  await expect(field(page, 'Active backend')).toHaveText('cpu');
  await enterNumber(field(page, 'Seed'), '7');
  await expect(page).toHaveURL(/seed=7(&|$)/);
});

const hint = (page: Page) => page.getByRole('complementary', { name: 'Getting started' });

test('a first visit gets a hint towards Train and the first lesson; dismissed, it stays away until Start fresh', async ({ page }) => {
  await openPlayground(page);
  await expect(hint(page)).toBeVisible();
  await expect(hint(page)).toContainText('Train');
  await expect(hint(page).getByRole('button', { name: 'Open the first lesson', exact: true })).toBeVisible();
  await hint(page).getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(hint(page)).toHaveCount(0);
  await openPlayground(page);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect(hint(page)).toHaveCount(0);
  await startFreshConfirmed(page);
  await expect(hint(page)).toBeVisible();
});

test('the hint opens the first lesson, and then stays away', async ({ page }) => {
  await openPlayground(page);
  await hint(page).getByRole('button', { name: 'Open the first lesson', exact: true }).click();
  const card = page.getByRole('region', { name: /^Lesson 1:/ });
  await expect(card).toContainText('step 1 of');
  await expect(hint(page)).toHaveCount(0);
  await card.getByRole('button', { name: 'Close lesson', exact: true }).click();
  await expect(card).toHaveCount(0);
  await expect(hint(page)).toHaveCount(0);
});

test('Start fresh asks first, naming what will be forgotten; Cancel keeps everything', async ({ page }) => {
  await openPlayground(page);
  await enterNumber(field(page, 'Units in layer 1'), '5');
  await expect(page).toHaveURL(/layers=5/);
  const startFresh = page.getByRole('button', { name: 'Start fresh', exact: true });
  await startFresh.click();
  const dialog = page.getByRole('dialog', { name: 'Start fresh' });
  for (const thing of ['settings', 'trained model', 'kept runs', 'lesson progress']) await expect(dialog, thing).toContainText(thing);
  const cancel = dialog.getByRole('button', { name: 'Cancel', exact: true });
  await expect(dialog.getByRole('button', { name: 'Forget everything', exact: true })).toBeVisible();
  // The safe answer has the focus.
  await expect(cancel).toBeFocused();
  await expectNoAxeViolations(page, 'the Start fresh dialog');
  await cancel.click();
  await expect(dialog).toHaveCount(0);
  await expect(startFresh).toBeFocused();
  await expect(field(page, 'Units in layer 1')).toHaveValue('5');
  await page.reload();
  await expect(field(page, 'Units in layer 1')).toHaveValue('5');
  // Escape is another way out; Forget everything forgets.
  await startFresh.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(field(page, 'Units in layer 1')).toHaveValue('5');
  await startFreshConfirmed(page);
  await expect(field(page, 'Units in layer 1')).toHaveValue('4');
  await expect(page).toHaveURL(/layers=4/);
});

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/screenshots';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`first visit at ${viewport.width}×${viewport.height}: the hint, then Advanced open, then Start fresh`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openPlayground(page);
    await expect(hint(page)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/first-visit-${viewport.width}.png` });
    await expectNoAxeViolations(page, `the first visit with its hint at ${viewport.width}`);
    await openAdvanced(page);
    await page.screenshot({ path: `${SHOTS}/advanced-open-${viewport.width}.png` });
    await expectNoAxeViolations(page, `Advanced open at ${viewport.width}`);
    await page.getByRole('button', { name: 'Start fresh', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Start fresh' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/start-fresh-${viewport.width}.png` });
    await expectNoAxeViolations(page, `the Start fresh dialog at ${viewport.width}`);
    await page.keyboard.press('Escape');
    await enterNumber(field(page, 'Units in layer 1'), '600');
    await enterNumber(field(page, 'Batch size'), '100000');
    await expect(field(page, 'Units in layer 1')).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: `${SHOTS}/refused-values-${viewport.width}.png` });
    await expectNoAxeViolations(page, `refused values in their fields at ${viewport.width}`);
    await field(page, 'Dataset').selectOption('sine');
    await page.getByRole('checkbox', { name: 'Feature x2', exact: true }).focus();
    await page.screenshot({ path: `${SHOTS}/sine-x2-reason-${viewport.width}.png` });
    await expectNoAxeViolations(page, `the noisy sine's x2 reason shown at ${viewport.width}`);
  });
}
