import { expect, test, type Page } from '@playwright/test';
import { HIDDEN_ACTIVATIONS, OPTIMIZER_NAMES } from '../src/shared/spec';
import { enterNumber, openAdvanced, openPlayground, pauseButton, readNumber, trainButton, waitForEpochAtLeast } from './helpers';

const SPIRAL3 = 'dataset=spiral3&features=x1%2Cx2&layers=16:relu,16:relu,16:relu&output=softmax&loss=categoricalCrossEntropy&optimizer=adam&lr=0.01&batch=10&epochs=120&seed=1';

async function trainUntilDone(page: Page) {
  await trainButton(page).click();
  await expect(page.locator('.status-text')).toHaveText('finished', { timeout: 90_000 });
}

async function step(page: Page, times: number) {
  const start = await readNumber(page, 'Epoch');
  for (let i = 1; i <= times; i++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(start + i));
  }
}

test('a 3-class spiral with softmax, categorical cross-entropy and Adam reaches test accuracy 0.9', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page, `?${SPIRAL3}`);
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('spiral3');
  await expect(page.getByLabel('Dataset', { exact: true }).locator('option:checked')).toContainText('3 classes');
  await trainUntilDone(page);
  expect(await readNumber(page, 'Test accuracy')).toBeGreaterThanOrEqual(0.9);
  expect(await readNumber(page, 'Training accuracy')).toBeGreaterThanOrEqual(0.9);
  const matrix = page.getByRole('region', { name: 'Confusion matrix' });
  await expect(matrix.locator('tbody tr')).toHaveCount(3);
  // The diagonal holds most of the test points.
  const cells = (await matrix.locator('td').allTextContents()).map(Number);
  const diagonal = cells[0] + cells[4] + cells[8];
  expect(diagonal / cells.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(0.9);
});

test('the same network with all-zero initial weights never breaks symmetry and stays at chance', async ({ page }) => {
  test.setTimeout(180_000);
  const zeros = SPIRAL3.replace('layers=16:relu,16:relu,16:relu', 'layers=16:relu:init=zeros,16:relu:init=zeros,16:relu:init=zeros') + '&outInit=zeros';
  await openPlayground(page, `?${zeros}`);
  await expect(page.getByLabel('Initializer of layer 1', { exact: true })).toHaveValue('zeros');
  await trainUntilDone(page);
  expect(await readNumber(page, 'Test accuracy')).toBeLessThan(0.45);
});

test('every hidden activation trains the default problem without error', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page);
  for (const activation of HIDDEN_ACTIVATIONS) {
    await page.getByLabel('Activation of layer 1', { exact: true }).selectOption(activation);
    await page.getByLabel('Activation of layer 2', { exact: true }).selectOption(activation);
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
    await step(page, 2);
    expect(await readNumber(page, 'Training loss'), activation).toBeGreaterThanOrEqual(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
});

test('every optimizer trains the default problem without error, with its own parameters', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page);
  for (const optimizer of OPTIMIZER_NAMES) {
    await page.getByLabel('Optimizer', { exact: true }).selectOption(optimizer);
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
    await step(page, 2);
    expect(await readNumber(page, 'Training loss'), optimizer).toBeGreaterThanOrEqual(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await page.getByLabel('Optimizer', { exact: true }).selectOption('adam');
  await expect(page.getByLabel('β1', { exact: true })).toHaveValue('0.9');
  await enterNumber(page.getByLabel('β2', { exact: true }), '0.99');
  await expect(page).toHaveURL(/beta2=0.99/);
  await page.getByLabel('Optimizer', { exact: true }).selectOption('rmsprop');
  await expect(page.getByLabel('ρ', { exact: true })).toBeVisible();
  await page.getByLabel('Optimizer', { exact: true }).selectOption('batchGd');
  await expect(page.getByLabel('Batch size', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Iterations per epoch', { exact: true })).toHaveText('1');
});

test('the learning rate changes while training, without a reset (Adam)', async ({ page }) => {
  await openPlayground(page, '?optimizer=adam');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 20);
  await enterNumber(page.getByLabel('Learning rate', { exact: true }), '0.01');
  await expect(page).toHaveURL(/lr=0.01/);
  const after = await readNumber(page, 'Epoch');
  expect(after).toBeGreaterThanOrEqual(20);
  await waitForEpochAtLeast(page, after + 10);
  await expect(pauseButton(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a dropout layer goes between dense layers in the layer editor, and the network trains', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Add layer', exact: true }).click();
  await page.getByLabel('Kind of layer 2', { exact: true }).selectOption('dropout');
  await expect(page.getByLabel('Dropout rate of layer 2', { exact: true })).toHaveValue('0.2');
  await enterNumber(page.getByLabel('Dropout rate of layer 2', { exact: true }), '0.3');
  await expect(page).toHaveURL(/layers=4%3Atanh%2Cdropout%3A0.3%2C2%3Atanh/);
  await enterNumber(page.getByLabel('L2 of layer 1', { exact: true }), '0.001');
  await page.getByLabel('Initializer of layer 3', { exact: true }).selectOption('he');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 10);
  await pauseButton(page).click();
  expect(await readNumber(page, 'Training loss')).toBeLessThan(1.5);
});

test('batch normalization trains, and is explained when SGD would feed it one point', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Add layer', exact: true }).click();
  await page.getByLabel('Kind of layer 2', { exact: true }).selectOption('batchNorm');
  await openAdvanced(page);
  await enterNumber(page.getByLabel('Gradient clipping', { exact: true }), '1');
  await step(page, 3);
  await page.getByLabel('Optimizer', { exact: true }).selectOption('sgd');
  await expect(page.getByRole('alert')).toContainText('Batch normalization in layer 2 needs batches of at least 2 points');
  await expect(trainButton(page)).toBeDisabled();
  await page.getByLabel('Optimizer', { exact: true }).selectOption('momentum');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(trainButton(page)).toBeEnabled();
});

test('epoch, batch and iteration explain themselves on focus', async ({ page }) => {
  await openPlayground(page);
  // innerText is what is on screen: the explanations stay hidden until asked for.
  expect(await page.locator('.iteration').innerText()).toMatch(/^epoch 0, iteration 0 of 25/);
  for (const [word, text] of [
    ['epoch', 'one pass over every training point'],
    ['iteration', 'one update of the weights from one batch'],
    ['what is a batch?', 'the training points used together for one update'],
  ]) {
    const term = page.locator('.term-word', { hasText: new RegExp(`^${word.replace('?', '\\?')}$`) });
    await term.focus();
    await expect(page.getByRole('tooltip').filter({ hasText: text })).toBeVisible();
    await term.blur();
    await expect(page.getByRole('tooltip').filter({ hasText: text })).toBeHidden();
  }
});

test('a deep sigmoid network visibly starves its first layers in the gradient view', async ({ page }) => {
  const deep = 'layers=' + Array(6).fill('8:sigmoid').join(',');
  await openPlayground(page, `?${deep}`);
  await step(page, 2);
  const rows = page.getByRole('region', { name: 'Gradients per layer' }).locator('li');
  await expect(rows).toHaveCount(7);
  const gradientOf = async (i: number) => Number((await rows.nth(i).locator('.health-value').first().textContent()) ?? 'NaN');
  const first = await gradientOf(0);
  const last = await gradientOf(5);
  expect(first).toBeGreaterThan(0);
  expect(first * 10).toBeLessThan(last);
});
