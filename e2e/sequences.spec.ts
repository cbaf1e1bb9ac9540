import * as tf from '@tensorflow/tfjs';
import { expect, test, type Page } from '@playwright/test';
import { downloadFiles, enterNumber, loadExportedModel, openPlayground, pauseButton, pollReading, trainButton, waitForEpochAtLeast, workerPredictions } from './helpers';

async function chooseDataset(page: Page, label: RegExp) {
  await openPlayground(page);
  const dataset = page.getByLabel('Dataset', { exact: true });
  const option = dataset.locator('option', { hasText: label });
  await dataset.selectOption((await option.getAttribute('value'))!);
  await expect(page.getByTestId('sequence-split')).toBeVisible();
}

test('a sine wave is forecast by the default LSTM in the worker, and its hidden state and gates draw', async ({ page }) => {
  await chooseDataset(page, /Sine wave/);
  await expect(page.getByLabel('Kind of layer 1', { exact: true })).toHaveValue('lstm');
  await expect(page.getByRole('status', { name: 'Adjustments' })).toContainText('Sequences need a layer that reads time steps');
  await expect(page.getByLabel('Window length', { exact: true })).toHaveValue('12');
  await expect(page.getByRole('group', { name: 'Layer settings' })).toContainText('[12, 1] per example');
  await trainButton(page).click();
  // Waits for the state: the test loss the page shows, however long a busy machine takes.
  await expect.poll(() => pollReading(page, 'Test loss'), { timeout: 180_000, intervals: [1000] }).toBeLessThan(0.02);
  await pauseButton(page).click();
  await expect(trainButton(page)).toBeVisible();
  const hiddenState = page.getByRole('figure', { name: 'Hidden state over time' });
  await expect(hiddenState.getByRole('img', { name: 'Layer 1 · LSTM: hidden state of 16 units over 12 steps' })).toBeVisible();
  const gates = page.getByRole('figure', { name: 'Gates over time' });
  for (const gate of ['input gate', 'forget gate', 'output gate', 'cell state']) await expect(gates.getByRole('img', { name: `Layer 1 · LSTM: ${gate} over 12 steps` })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Forecast: .*50 steps predicted from the network's own predictions/ })).toBeVisible();
  // Choosing another test sequence makes the pictures follow it.
  await page.getByLabel('Test sequence', { exact: true }).fill('7');
  await expect(page.getByLabel('Test sequence', { exact: true })).toHaveValue('7');
});

test('the window length changes every example’s shape, and a recurrent layer after one without sequences is explained', async ({ page }) => {
  await chooseDataset(page, /Sine wave/);
  const windowField = page.getByLabel('Window length', { exact: true });
  await windowField.fill('20');
  await windowField.press('Enter');
  await expect(page.getByRole('group', { name: 'Layer settings' })).toContainText('[20, 1] per example');
  // Two LSTMs: the first hands the second its whole sequence.
  await page.getByRole('button', { name: 'Add layer', exact: true }).click();
  const returnSequences = page.getByRole('checkbox', { name: 'Return sequences of layer 1' });
  await returnSequences.check();
  await page.getByLabel('Kind of layer 2', { exact: true }).selectOption('lstm');
  await expect(page.getByRole('group', { name: 'Layer settings' })).toContainText('→ [20, 16]');
  await expect(page.getByRole('alert').filter({ hasText: 'cannot take its input' })).toHaveCount(0);
  // Without sequences from layer 1, layer 2 has nothing to read step by step: said before training.
  await returnSequences.uncheck();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot take its input' })).toContainText('the layer before it must return sequences');
  await expect(trainButton(page)).toBeDisabled();
  await returnSequences.check();
  await expect(trainButton(page)).toBeEnabled();
  // The series downloads as the worker builds it: a row a step, the split where the trainer splits it.
  const files = await downloadFiles(page, 'Download data as CSV');
  const [name] = Object.keys(files);
  expect(name).toBe('sineWave-window-20-seed-1.csv');
  const lines = files[name].toString('utf8').trim().split('\n');
  expect(lines[0]).toBe('step,value,split');
  expect(lines[1]).toMatch(/^0,-?[\d.]+(e-?\d+)?,input only$/);
  expect(lines.filter((line) => line.endsWith(',test')).length).toBeGreaterThan(0);
});

test('a dense output at every step: the LSTM returns its sequence, learns the next value after each step, and exports as such', async ({ page }) => {
  await tf.setBackend('cpu');
  await chooseDataset(page, /Sine wave/);
  await page.getByRole('checkbox', { name: 'Return sequences of layer 1' }).check();
  const settings = page.getByRole('group', { name: 'Layer settings' });
  await expect(settings).toContainText('→ [12, 16]');
  await expect(settings).toContainText('→ [12, 1]');
  await expect(page.getByText('one unit: the value, after every step')).toBeVisible();
  // Input dropout, the same features at every step: kept in the link.
  await enterNumber(page.getByLabel('Input dropout of layer 1', { exact: true }), '0.1');
  await expect.poll(() => decodeURIComponent(page.url())).toContain('lstm:16:tanh:seq:drop=0.1');
  await expect(trainButton(page)).toBeEnabled();
  await trainButton(page).click();
  await expect.poll(() => pollReading(page, 'Test loss'), { timeout: 180_000, intervals: [1000] }).toBeLessThan(0.03);
  await pauseButton(page).click();
  await expect(trainButton(page)).toBeVisible();
  // The forecast still draws: it reads the answer after the last step.
  await expect(page.getByRole('img', { name: /^Forecast: .*50 steps predicted from the network's own predictions/ })).toBeVisible();
  const inputs = Array.from({ length: 3 * 12 }, (_, i) => Math.sin(i / 4));
  const expected = await workerPredictions(page, inputs, 3);
  expect(expected).toHaveLength(3 * 12);
  const { model: loaded } = await loadExportedModel(await downloadFiles(page, 'Export model', 2));
  const predicted = loaded.predict(tf.tensor3d(inputs, [3, 12, 1])) as tf.Tensor;
  expect(predicted.shape).toEqual([3, 12, 1]);
  Array.from(predicted.dataSync()).forEach((value, i) => expect(Math.abs(value - expected[i])).toBeLessThan(1e-5));
});

test('the memory task trains, and the exported LSTM gives the page’s outputs in plain tfjs in Node', async ({ page }) => {
  await tf.setBackend('cpu');
  await chooseDataset(page, /Memory task/);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 2, 180_000);
  await pauseButton(page).click();
  await expect(trainButton(page)).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Gates over time' }).getByRole('img', { name: /forget gate over 12 steps/ })).toBeVisible();
  // How far back it remembers: accuracy on fresh sequences of each length, its own window among them.
  await expect(page.getByRole('figure', { name: 'Accuracy against T' }).getByRole('img')).toHaveAccessibleName(/^Accuracy against T, on 64 fresh sequences per length\. LSTM 16 · trained on T = 12: \d+ % at T = 2, \d+ % at T = 3, .*\d+ % at T = 12, .*at T = 24\.$/);
  // The classes are named by the cue they answer, and the read-outs count sequences.
  await expect(page.getByRole('region', { name: 'Confusion matrix' }).locator('tbody th')).toHaveText([/A first/, /B first/]);
  await expect(page.locator('#loss-readouts-over')).toHaveText(/training and \d+ test sequences, after the last epoch\.$/);
  const count = 6;
  const inputs = Array.from({ length: count * 12 * 4 }, (_, i) => (i % 4 === (i >> 2) % 3 ? 1 : 0));
  const expected = await workerPredictions(page, inputs, count);
  const { modelJson, model: loaded } = await loadExportedModel(await downloadFiles(page, 'Export model', 2));
  expect(JSON.stringify(modelJson.modelTopology)).toContain('"class_name":"LSTM"');
  const predicted = Array.from((loaded.predict(tf.tensor3d(inputs, [count, 12, 4])) as tf.Tensor).dataSync());
  expect(predicted).toHaveLength(expected.length);
  predicted.forEach((value, i) => expect(Math.abs(value - expected[i])).toBeLessThan(1e-5));
});

test('characters: the network writes text while it trains, at the temperature the learner picks', async ({ page }) => {
  await chooseDataset(page, /Characters/);
  await expect(page.getByTestId('sequence-split')).toContainText('characters of nursery rhymes');
  const sampled = page.getByRole('status', { name: 'Sampled text' });
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 1, 180_000);
  // Text from the alphabet, 120 characters, once the network has trained a while.
  await expect(sampled).toHaveText(/^[a-z ,.\n]{120}$/, { timeout: 60_000 });
  const temperature = page.getByLabel('Temperature', { exact: true });
  await temperature.fill('1.5');
  await expect(temperature).toHaveValue('1.5');
  await expect(page.getByRole('list', { name: 'Next character probabilities' }).getByRole('listitem')).toHaveCount(5);
  await pauseButton(page).click();
  // 30 classes: the most frequent mistakes, named by their characters, instead of a 30 × 30 matrix.
  await expect(page.getByRole('region', { name: 'Confusion matrix' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Most frequent confusions' }).getByRole('listitem').first()).toHaveText(/^\S+ predicted as \S+: \d+ times?$/);
  await expect(page.locator('#loss-readouts-over')).toContainText('test windows, after the last epoch.');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screenshots/characters-phone.png', fullPage: true });
});

for (const [width, height, name] of [[1366, 768, 'laptop'], [1024, 768, 'tablet'], [390, 844, 'phone']] as const) {
  test(`the sequence view fits a ${width}-wide screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await chooseDataset(page, /Sine wave/);
    await trainButton(page).click();
    await waitForEpochAtLeast(page, 1, 120_000);
    await pauseButton(page).click();
    await expect(page.getByRole('figure', { name: 'Gates over time' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/screenshots/sequences-${name}.png`, fullPage: true });
  });
}
