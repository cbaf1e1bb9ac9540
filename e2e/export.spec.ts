import * as tf from '@tensorflow/tfjs';
import { expect, test, type Page } from '@playwright/test';
import { engineWorker } from '../bench/pageMeasures';
import { downloadFiles, openPlayground, pauseButton, trainButton, waitForEpochAtLeast } from './helpers';

/** 100 fixed points of the input plane, as network inputs (features x1, x2). */
const POINTS = Array.from({ length: 100 }, (_, i) => [((i * 37) % 120) / 10 - 6, ((i * 53) % 120) / 10 - 6]);

async function pagePredictions(page: Page): Promise<number[]> {
  const worker = await engineWorker(page);
  return worker.evaluate(
    ([inputs, count]) => (self as unknown as { __engineBench: { predict(x: number[], n: number): number[] } }).__engineBench.predict(inputs, count),
    [POINTS.flat(), POINTS.length] as const,
  );
}

function expectSame(loaded: tf.LayersModel, expected: number[]) {
  const predicted = Array.from((loaded.predict(tf.tensor2d(POINTS)) as tf.Tensor).dataSync());
  expect(predicted).toHaveLength(expected.length);
  predicted.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-5));
}

test('the trained model exports in both forms, and plain tfjs in Node loads each with the same predictions', async ({ page }) => {
  await tf.setBackend('cpu');
  await openPlayground(page, '?layers=6:relu,dropout:0.1,4:leakyRelu:slope=0.2&optimizer=adam&lr=0.01');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 20);
  await pauseButton(page).click();
  const expected = await pagePredictions(page);

  const files = await downloadFiles(page, 'Export model', 2);
  const modelJson = JSON.parse(files['model.json'].toString('utf8'));
  expect(modelJson.format).toBe('layers-model');
  expect(modelJson.weightsManifest[0].paths).toEqual(['./model.weights.bin']);
  const meta = modelJson.userDefinedMetadata.playground;
  expect(meta.inputs.map((i: { transform: string }) => i.transform)).toEqual(['x1', 'x2']);
  expect(meta.spec.training.optimizer).toBe('adam');
  expect(meta.finalLosses.epoch).toBeGreaterThanOrEqual(20);
  expect(meta.lossHistory.length).toBeGreaterThan(10);
  const weights = files['model.weights.bin'];
  const fromFiles = await tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest[0].weights, weightData: new Uint8Array(weights).buffer }),
  );
  expectSame(fromFiles, expected);

  const single = JSON.parse((await downloadFiles(page, 'Export model as one JSON'))['neural-playground-model.json'].toString('utf8'));
  expect(single.format).toBe('neural-playground-model');
  const bytes = new Uint8Array(Buffer.from(single.weightDataBase64, 'base64')).buffer;
  const fromSingle = await tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: single.modelJson.modelTopology, weightSpecs: single.modelJson.weightsManifest[0].weights, weightData: bytes }),
  );
  expectSame(fromSingle, expected);

  const history = (await downloadFiles(page, 'Export loss history'))['loss-history.csv'].toString('utf8').trim().split('\n');
  expect(history[0]).toBe('epoch,training loss,test loss,training accuracy,test accuracy');
  expect(history.length).toBeGreaterThanOrEqual(21);
});

test('an exported model imports back: settings, weights and training go on; bad files change nothing', async ({ page }, testInfo) => {
  await openPlayground(page, '?layers=5:tanh,3:relu&optimizer=adam&lr=0.01&seed=9');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 15);
  await pauseButton(page).click();
  // The last snapshot of the run (its final epoch) arrives just after the click.
  await expect(page.locator('.status-text')).toHaveText('paused');
  const trained = await pagePredictions(page);
  const epoch = Number(await page.getByLabel('Epoch', { exact: true }).textContent());
  const files = await downloadFiles(page, 'Export model', 2);
  const dir = testInfo.outputPath('model');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, data: string | Buffer) => {
    writeFileSync(`${dir}/${name}`, data);
    return `${dir}/${name}`;
  };
  const modelPath = write('model.json', files['model.json']);
  const weightsPath = write('model.weights.bin', files['model.weights.bin']);

  // Something else entirely: another network, fresh weights.
  await page.getByRole('button', { name: 'Remove layer 2', exact: true }).click();
  await expect(page.getByTestId('network-diagram')).toHaveAttribute('data-layers', '1');
  const importInput = page.getByLabel('Import model', { exact: true });

  // Bad files first: each says why, and the current network stays.
  const before = await pagePredictions(page);
  const modelJson = JSON.parse(files['model.json'].toString('utf8'));
  const wrongShape = structuredClone(modelJson);
  wrongShape.userDefinedMetadata.playground.spec.network.hidden[0].units = 7;
  const cases: Array<[string[], RegExp]> = [
    [[write('notes.json', '{"hello": "world"}'), weightsPath], /not a model the playground can load/],
    [[modelPath, write('broken.bin', files['model.weights.bin'].subarray(0, 40))], /the files do not belong together or one is damaged/],
    [[write('wrong.json', JSON.stringify(wrongShape)), weightsPath], /Weight 1 has shape \[2, 5\], but the network needs \[2, 7\]/],
  ];
  for (const [paths, message] of cases) {
    await importInput.setInputFiles(paths);
    await expect(page.getByRole('region', { name: 'Export' }).getByRole('alert')).toContainText(message);
    await expect(page.getByRole('region', { name: 'Export' }).getByRole('alert')).toContainText('Nothing was changed.');
    await expect(page.getByTestId('network-diagram')).toHaveAttribute('data-layers', '1');
    expect(await pagePredictions(page)).toEqual(before);
  }

  // The real thing.
  await importInput.setInputFiles([modelPath, weightsPath]);
  await expect(page.getByTestId('network-diagram')).toHaveAttribute('data-layers', '2');
  await expect(page.getByLabel('Units in layer 1', { exact: true })).toHaveValue('5');
  await expect(page.getByLabel('Optimizer', { exact: true })).toHaveValue('adam');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch));
  const imported = await pagePredictions(page);
  imported.forEach((v, i) => expect(Math.abs(v - trained[i])).toBeLessThan(1e-5));
  await trainButton(page).click();
  await waitForEpochAtLeast(page, epoch + 5);
  await pauseButton(page).click();
});

test('Export code shows Keras and TensorFlow.js programs to copy or download; the pictures save as PNG', async ({ page, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlayground(page, '?layers=4:relu,dropout:0.2&optimizer=adam&epochs=30');
  await page.getByRole('button', { name: 'Export code', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export code' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Generated code')).toContainText('keras.Sequential([');
  await expect(dialog.getByLabel('Generated code')).toContainText('keras.layers.Dropout(0.2)');
  await expect(dialog.getByLabel('Generated code')).toContainText('epochs=30, batch_size=10');
  await dialog.getByRole('button', { name: 'Copy code', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('keras.optimizers.Adam(');
  await dialog.getByLabel('Language', { exact: true }).selectOption('tfjs');
  await expect(dialog.getByLabel('Generated code')).toContainText("model.add(tf.layers.dropout({ rate: 0.2 }));");
  const js = await downloadFiles(page, 'Download code');
  expect(js['playground-model.js'].toString('utf8')).toContain("require('@tensorflow/tfjs')");
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  for (const [button, file] of [
    ['Save loss chart as PNG', 'loss-chart.png'],
    ['Save decision boundary as PNG', 'decision-boundary.png'],
  ]) {
    const png = (await downloadFiles(page, button))[file];
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(400); // width: twice the on-screen size
    expect(png.length).toBeGreaterThan(2000);
    (await import('node:fs')).writeFileSync(testInfo.outputPath(file), png);
  }
  await page.getByRole('button', { name: 'Export code', exact: true }).click();
  await page.screenshot({ path: testInfo.outputPath('code-dialog.png') });
});
