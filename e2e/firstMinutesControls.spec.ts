import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';

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
