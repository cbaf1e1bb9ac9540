import { expect, test } from '@playwright/test';
import { enterNumber, openPlayground, readNumber, trainButton } from './helpers';

const SHOTS = 'test-results/screenshots';

test('a teacher link made with Copy link hides and locks what it says, and carries a challenge that passes on a real run', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlayground(page, '?dataset=xor&lr=0.1');
  await page.getByRole('button', { name: 'Teacher link', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Teacher link' });
  await dialog.getByRole('checkbox', { name: 'Hide Noise', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Hide Dataset', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Lock Learning rate', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Lock Layers and neurons', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Set a challenge', exact: true }).check();
  await enterNumber(dialog.getByLabel('Goal value', { exact: true }), '0.9');
  await enterNumber(dialog.getByLabel('Most hidden neurons', { exact: true }), '8');
  await page.screenshot({ path: `${SHOTS}/teacher-link-dialog.png` });
  await dialog.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('The link is on the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await dialog.getByLabel('Link', { exact: true }).inputValue());
  expect(link).toContain('hide=dataset%2Cnoise');

  const student = await context.newPage();
  await openPlayground(student, link.slice(link.indexOf('?')));
  await expect(student.getByLabel('Noise', { exact: true })).toHaveCount(0);
  await expect(student.getByLabel('Dataset', { exact: true })).toHaveCount(0);
  await expect(student.getByLabel('Learning rate', { exact: true })).toBeDisabled();
  await expect(student.getByLabel('Learning rate', { exact: true })).toHaveValue('0.1');
  await expect(student.getByLabel('Units in layer 1', { exact: true })).toBeDisabled();
  await expect(student.getByRole('button', { name: 'Add layer', exact: true })).toBeDisabled();
  // What is not locked still works.
  await enterNumber(student.getByLabel('Batch size', { exact: true }), '5');
  await expect(student).toHaveURL(/batch=5/);
  await expect(student).toHaveURL(/lock=layers%2ClearningRate/);

  const badge = student.getByRole('status', { name: 'Challenge result' });
  await expect(student.getByRole('region', { name: 'Challenge' })).toContainText('test accuracy at least 0.9, at most 8 hidden neurons');
  await expect(badge).toContainText('Not yet');
  await trainButton(student).click();
  await expect(badge).toContainText('Passed', { timeout: 60_000 });
  expect(await readNumber(student, 'Epoch')).toBeGreaterThan(0);
  await expect(badge).toContainText(/test accuracy 0\.9\d*|test accuracy 1/);
  await student.screenshot({ path: `${SHOTS}/challenge-passed.png` });
});

test('a challenge not met when the run ends says so; a locked value cannot be changed by any control', async ({ page }) => {
  await openPlayground(page, '?epochs=3&lock=epochs,optimizer&challenge=testAccuracy>=0.99');
  const badge = page.getByRole('status', { name: 'Challenge result' });
  await trainButton(page).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('3', { timeout: 60_000 });
  await expect(badge).toContainText('Not passed');
  await expect(page.getByLabel('Epochs', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Optimizer', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Momentum', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/challenge-failed.png` });
});

test('a lesson link opens its step with the step’s set-up; bad classroom values get a notice', async ({ page }) => {
  await page.goto('/?lesson=softmax&step=2&hide=warp');
  await expect(page.getByRole('region', { name: /^Lesson 11:/ })).toContainText('step 2 of 2');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('spiral3');
  await expect(page.getByRole('alert').filter({ hasText: 'Ignored unknown control "warp"' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: /^Lesson 11:/ })).toContainText('step 2 of 2');
});

test('a teacher link keeps image sets out of the Dataset menu, and locks the kinds of a CNN’s layers', async ({ page }) => {
  await openPlayground(page, '?hide=imageSets');
  const dataset = page.getByLabel('Dataset', { exact: true });
  await expect(dataset.locator('option', { hasText: 'Digits 8×8' })).toHaveCount(0);
  await expect(dataset.locator('option', { hasText: 'Handwritten digits (MNIST)' })).toHaveCount(0);
  await expect(dataset.locator('option', { hasText: 'XOR' })).toHaveCount(1);

  // The teacher sets up the digits and their CNN, then locks them in the link.
  await openPlayground(page);
  await dataset.selectOption({ label: 'Digits 8×8' });
  await expect(page.getByLabel('Kind of layer 1', { exact: true })).toHaveValue('conv2d');
  await expect(page).toHaveURL(/dataset=digits8/);
  await openPlayground(page, `${new URL(page.url()).search}&lock=imageSets,layerKinds`);
  await expect(dataset).toHaveValue('digits8');
  await expect(dataset.locator('option')).toHaveCount(1);
  const kind = page.getByLabel('Kind of layer 2', { exact: true });
  await expect(kind).toHaveValue('maxPool2d');
  await expect(kind).toBeDisabled();
  await expect(kind).toHaveAttribute('title', /Fixed by this lesson or by the teacher’s link/);
  // The rest of each layer stays the learner's: layers can still be removed.
  await page.getByRole('button', { name: 'Remove layer 4', exact: true }).click();
  await expect(page.getByLabel('Kind of layer 4', { exact: true })).toHaveCount(0);
});
