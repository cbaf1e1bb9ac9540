import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { engineWorker } from '../bench/pageMeasures';
import { expectNoAxeViolations } from './axe';
import { openPlayground, pauseButton, trainButton, waitForEpochAtLeast } from './helpers';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/screenshots';

async function downloadOne(page: Page, button: string): Promise<{ name: string; data: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), data: readFileSync(await file.path()) };
}

/** What the loss chart draws, as a sighted learner sees it: the points of the training-loss line. */
async function lossLinePoints(page: Page): Promise<number> {
  const d = (await page.locator('.loss-chart path.loss-line.train').getAttribute('d')) ?? '';
  return (d.match(/[ML]/g) ?? []).length;
}

const lossChart = (page: Page) => page.getByRole('img', { name: 'Loss per epoch: training loss and test loss' });

test('importing a model file brings its whole loss history back onto the loss chart', async ({ page }, testInfo) => {
  await openPlayground(page, '?optimizer=adam&lr=0.01&seed=4');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 30);
  await pauseButton(page).click();
  await expect(page.locator('.status-text')).toHaveText('paused');
  const epoch = Number(await page.getByLabel('Epoch', { exact: true }).textContent());
  const trainedPoints = await lossLinePoints(page);
  expect(trainedPoints).toBeGreaterThan(30);

  const file = await downloadOne(page, 'Export model as one JSON');
  mkdirSync(testInfo.outputPath(), { recursive: true });
  const path = testInfo.outputPath(file.name);
  writeFileSync(path, file.data);

  // A new run: the chart is back to its one untrained point.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect.poll(() => lossLinePoints(page)).toBe(1);

  await page.getByLabel('Import model', { exact: true }).setInputFiles(path);
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch));
  await expect.poll(() => lossLinePoints(page)).toBe(trainedPoints);
  await expect(lossChart(page)).toHaveAccessibleDescription(`${trainedPoints} points, epochs 0 to ${epoch}.`);

  // Training goes on from there, on the same chart.
  await trainButton(page).click();
  await waitForEpochAtLeast(page, epoch + 3);
  await pauseButton(page).click();
  expect(await lossLinePoints(page)).toBeGreaterThan(trainedPoints);
});

const diagram = (page: Page) => page.getByTestId('network-diagram');
const inspector = (page: Page) => page.getByRole('group', { name: 'Neuron inspector' });
const boundary = (page: Page) => page.getByRole('img', { name: /over the input plane/ });
const enlarged = (page: Page, name: string) => page.getByRole('img', { name: `${name}: its output at every point of the plane` });
/** A canvas's pixels, to tell one picture from another. */
const pixelsOf = (canvas: import('@playwright/test').Locator) => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());

async function predictions(page: Page): Promise<number[]> {
  const worker = await engineWorker(page);
  return worker.evaluate(() => (self as unknown as { __engineBench: { predict(x: number[], n: number): number[] } }).__engineBench.predict([1, 2, -3, 0.5, 0, -1], 3));
}

/** The weight from x1 into layer 1's first neuron, as the Neuron inspector reads it (focused on it). */
async function inspectedX1Weight(page: Page): Promise<number> {
  if (!(await inspector(page).evaluate((group) => group.contains(document.activeElement)))) await inspector(page).focus();
  const text = (await inspector(page).locator('.inspector-readout').textContent()) ?? '';
  const match = /weights in: x1 (−?\d+\.\d{3})/.exec(text);
  if (!match) throw new Error(`No x1 weight in "${text}"`);
  return Number(match[1].replace('−', '-'));
}

/** Points along the link between two pictures until its read-out names it, then clicks there. */
async function clickLink(page: Page, fromTitle: string, toTitle: RegExp, readOut: RegExp): Promise<void> {
  await diagram(page).getByTitle(fromTitle, { exact: true }).scrollIntoViewIfNeeded();
  const from = (await diagram(page).getByTitle(fromTitle, { exact: true }).boundingBox())!;
  const to = (await diagram(page).getByTitle(toTitle).boundingBox())!;
  const [x1, y1, x2, y2] = [from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2];
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    await page.mouse.move(x1 + t * (x2 - x1), y1 + t * (y2 - y1));
    const tooltip = page.getByRole('tooltip');
    if ((await tooltip.count()) && readOut.test((await tooltip.textContent()) ?? '')) {
      await page.mouse.down();
      await page.mouse.up();
      return;
    }
  }
  throw new Error(`The link from ${fromTitle} to ${toTitle} could not be pointed at`);
}

/** The link from x1 into layer 1's first neuron, clicked. */
const clickX1Link = (page: Page) => clickLink(page, 'Input x1', /^Layer 1, neuron 1,/, /^Weight x1 → neuron 1 of layer 1:/);

/** Steps once, inspects layer 2's first neuron (shown large) by keyboard and opens its weight editor. */
async function openInspectorEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await inspector(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(enlarged(page, 'Layer 2, neuron 1')).toBeVisible();
  await page.keyboard.press('Enter');
}

/** The floating link editor's box and the diagram's, both as on screen. */
async function editorAndDiagram(page: Page) {
  const editor = (await page.getByRole('group', { name: 'Change this weight' }).boundingBox())!;
  const box = (await diagram(page).boundingBox())!;
  return { editor, box };
}

test('hovering or inspecting a neuron shows its picture large over the output, named, until the pointer or focus leaves', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  const output = page.getByRole('region', { name: 'Output' });

  await diagram(page).getByTitle(/^Layer 2, neuron 1,/).hover();
  await expect(enlarged(page, 'Layer 2, neuron 1')).toBeVisible();
  await expect(output.getByText('Layer 2, neuron 1', { exact: true })).toBeVisible();
  await expect(boundary(page)).toHaveCount(1);
  const first = await pixelsOf(enlarged(page, 'Layer 2, neuron 1'));
  await diagram(page).getByTitle(/^Layer 2, neuron 2,/).hover();
  await expect(enlarged(page, 'Layer 2, neuron 2')).toBeVisible();
  expect(await pixelsOf(enlarged(page, 'Layer 2, neuron 2'))).not.toBe(first);
  // Away from the diagram, the decision boundary is back on its own.
  await page.getByRole('heading', { name: 'Output' }).hover();
  await expect(output.getByRole('img', { name: /its output at every point of the plane/ })).toHaveCount(0);

  // By keyboard: the inspector's neuron is the one shown.
  await inspector(page).focus();
  await expect(enlarged(page, 'Layer 1, neuron 1')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(enlarged(page, 'Layer 2, neuron 1')).toBeVisible();
  await expect(output.getByText('Layer 2, neuron 1', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the page with a neuron shown large');
  await page.keyboard.press('Tab');
  await expect(output.getByRole('img', { name: /its output at every point of the plane/ })).toHaveCount(0);
  await expect(boundary(page)).toBeVisible();
});

test('a weight typed while paused is the model\'s at once: predictions, picture and the next epoch\'s loss follow it', async ({ page }) => {
  await openPlayground(page, '?seed=3');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  const epoch = page.getByLabel('Epoch', { exact: true });
  // The run as it goes untouched: two epochs from the seed.
  await step.click();
  await expect(epoch).toHaveText('1');
  await step.click();
  await expect(epoch).toHaveText('2');
  const untouchedLoss = await page.getByLabel('Training loss', { exact: true }).textContent();

  // The same run again, with one weight typed between the two epochs.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(epoch).toHaveText('0');
  await step.click();
  await expect(epoch).toHaveText('1');
  const before = await predictions(page);
  const picture = diagram(page).getByTitle(/^Layer 1, neuron 1,/).locator('canvas');
  const pictureBefore = await pixelsOf(picture);

  await clickX1Link(page);
  const field = page.getByRole('spinbutton', { name: /^Weight from/ });
  await expect(field).toHaveAccessibleName('Weight from x1 to layer 1, neuron 1');
  await expect(field).toBeFocused();
  await field.fill('3.5');
  await field.press('Enter');

  await expect.poll(() => predictions(page)).not.toEqual(before);
  await expect.poll(() => pixelsOf(picture)).not.toBe(pictureBefore);
  await inspector(page).focus();
  await expect.poll(() => inspectedX1Weight(page)).toBe(3.5);
  await step.click();
  await expect(epoch).toHaveText('2');
  await expect(page.getByLabel('Training loss', { exact: true })).not.toHaveText(untouchedLoss ?? '');
  // Training went on from the typed value rather than throwing it away.
  expect(Math.abs((await inspectedX1Weight(page)) - 3.5)).toBeLessThan(0.5);
});

test('by keyboard, the Neuron inspector edits a weight while training; pause and resume keep it', async ({ page }) => {
  await openPlayground(page, '?seed=5');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 3);
  await inspector(page).focus();
  await expect(inspector(page)).toContainText('Layer 1, neuron 1');
  await page.keyboard.press('Enter');
  const field = page.getByRole('spinbutton', { name: 'Weight from x1 to layer 1, neuron 1' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('spinbutton', { name: 'Bias of layer 1, neuron 1' })).toBeVisible();
  await expectNoAxeViolations(page, 'the page with the weight editor open');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  // Still training, and the network now carries the typed weight (training nudges it from there).
  await expect(page.locator('.status-text')).toHaveText('training');
  await expect.poll(() => inspectedX1Weight(page)).toBeGreaterThan(5);
  const epochThen = Number(await page.getByLabel('Epoch', { exact: true }).textContent());
  await waitForEpochAtLeast(page, epochThen + 3);
  expect(Math.abs((await inspectedX1Weight(page)) - 6)).toBeLessThan(1);

  // Escape closes the editor and comes back to the inspector.
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(inspector(page)).toBeFocused();
  await pauseButton(page).click();
  await expect(page.locator('.status-text')).toHaveText('paused');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, epochThen + 6);
  await pauseButton(page).click();
  await inspector(page).focus();
  expect(Math.abs((await inspectedX1Weight(page)) - 6)).toBeLessThan(1.5);
});

/** How many different colours the decision boundary's canvas holds. */
const boundaryColours = (page: Page) =>
  boundary(page).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return seen.size;
  });

test('the decision boundary has a colour legend with its range, x1 and x2 ticks, and a remembered "Discretize output"', async ({ page }) => {
  await openPlayground(page);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 5);
  await pauseButton(page).click();
  const output = page.getByRole('region', { name: 'Output' });
  await expect(output.getByRole('img', { name: 'Colour scale: orange at −1, pale grey at 0, blue at 1' })).toBeVisible();
  await expect(output.locator('.color-legend-labels')).toHaveText('−101');
  await expect(output.locator('.plane-ticks.across text')).toHaveText(['−6', '−4', '−2', '0', '2', '4', '6']);
  await expect(output.locator('.plane-ticks.up text')).toHaveText(['−6', '−4', '−2', '0', '2', '4', '6']);
  expect(await boundaryColours(page)).toBeGreaterThan(20);

  const discretize = page.getByRole('checkbox', { name: 'Discretize output' });
  await discretize.check();
  await expect.poll(() => boundaryColours(page)).toBeLessThanOrEqual(3);
  await expect(output.getByRole('img', { name: 'Colour scale: orange below 0, blue above 0' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Discretize output' })).toBeChecked();
  await expect(page.getByLabel('Test loss', { exact: true })).toHaveText(/^\d/);
  await expect.poll(() => boundaryColours(page)).toBeLessThanOrEqual(3);
  await page.getByRole('checkbox', { name: 'Discretize output' }).uncheck();
  await expect.poll(() => boundaryColours(page)).toBeGreaterThan(20);
});

test('softmax output units are framed, coloured and named by their class', async ({ page }) => {
  await openPlayground(page, '?dataset=spiral3');
  const classes = ['class 0', 'class 1', 'class 2'];
  const colours = ['rgb(232, 113, 10)', 'rgb(21, 101, 192)', 'rgb(46, 125, 50)'];
  for (const [k, name] of classes.entries()) {
    const unit = diagram(page).getByTitle(new RegExp(`^Output ${k + 1} \\(${name}\\)`));
    await expect(unit).toBeVisible();
    await expect(unit).toHaveCSS('border-top-color', colours[k]);
  }
  await expect(diagram(page).locator('.class-unit-name')).toHaveText(classes);
  // Shown large, a unit's picture keeps its class colour and says what it is.
  await diagram(page).getByTitle(/^Output 3 \(class 2\)/).hover();
  await expect(enlarged(page, 'Output 3')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Colour scale: probability of this class/ })).toBeVisible();
});

test('screenshots of the hands-on views at 1366×768, 1024×768 and 390×844', async ({ page }) => {
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    // The mouse stays where the last size's link was clicked: the keyboard's neuron must still be the one shown.
    await openPlayground(page, '?dataset=spiral3&layers=6:tanh,4:tanh&features=x1,x2,sinX2');
    await openInspectorEditor(page);
    await expect(page.getByRole('spinbutton', { name: /^Weight from/ }).first()).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/hands-${width}-inspector.png`, fullPage: true });
    await expectNoAxeViolations(page, `the inspector's weight editor at ${width}×${height}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await clickX1Link(page);
    await expect(page.getByRole('spinbutton', { name: 'Weight from x1 to layer 1, neuron 1' })).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/hands-${width}-link.png` });
    await expectNoAxeViolations(page, `the weight editor at ${width}×${height}`);

    // A link from the lowest feature: the editor opens above it rather than past the diagram's end
    // (on a phone the panel cuts off what overflows, Done included).
    await clickLink(page, 'Input sin x2', /^Layer 1, neuron 6,/, /^Weight sin x2 → neuron 6 of layer 1:/);
    const field = page.getByRole('spinbutton', { name: 'Weight from sin x2 to layer 1, neuron 6' });
    await expect(field).toBeFocused();
    const { editor, box } = await editorAndDiagram(page);
    expect(editor.y + editor.height, 'the editor ends inside the diagram').toBeLessThanOrEqual(box.y + box.height + 1);
    expect(editor.y).toBeGreaterThanOrEqual(box.y - 1);
    await page.getByRole('button', { name: 'Done', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/hands-${width}-link-low.png` });
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(field).toHaveCount(0);
  }
});

test('presentation mode: the neuron shown large and the weight editor, screenshot and axe', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Presentation mode', exact: true }).click();
  await openInspectorEditor(page);
  await expect(page.getByRole('spinbutton', { name: 'Weight from layer 1, neuron 1 to layer 2, neuron 1' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/hands-1366-presentation.png`, fullPage: true });
  await expectNoAxeViolations(page, 'presentation mode with the weight editor and a neuron shown large');
});

/** Where the link editor should float: just under the lower end of the link from x1 into layer 1, neuron 1. */
async function editorOffsetFromX1Link(page: Page): Promise<number> {
  const centre = async (title: string | RegExp) => {
    const b = (await diagram(page).getByTitle(title, typeof title === 'string' ? { exact: true } : undefined).boundingBox())!;
    return { y: b.y + b.height / 2, half: b.height / 2 };
  };
  const [from, to] = [await centre('Input x1'), await centre(/^Layer 1, neuron 1,/)];
  const { editor } = await editorAndDiagram(page);
  return editor.y - (Math.max(from.y, to.y) + to.half + 10);
}

/** One epoch stepped (seed 3), then the editor of the x1 → layer 1, neuron 1 link opened by a click. */
async function steppedWithX1EditorOpen(page: Page) {
  await openPlayground(page, '?seed=3');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await clickX1Link(page);
  const field = page.getByRole('spinbutton', { name: 'Weight from x1 to layer 1, neuron 1' });
  await expect(field).toBeFocused();
  return field;
}

test('the link editor follows its link when the diagram is laid out again', async ({ page }) => {
  await steppedWithX1EditorOpen(page);
  await expect.poll(async () => Math.abs(await editorOffsetFromX1Link(page))).toBeLessThan(2);
  // Presentation mode draws taller headers and larger pictures: the editor moves with its link.
  await page.getByRole('button', { name: 'Presentation mode', exact: true }).click();
  await expect.poll(async () => Math.abs(await editorOffsetFromX1Link(page))).toBeLessThan(2);
  await page.getByRole('button', { name: 'Presentation mode', exact: true }).click();
  await expect.poll(async () => Math.abs(await editorOffsetFromX1Link(page))).toBeLessThan(2);
});

test('Escape or Done in the link editor hands focus back to the diagram', async ({ page }) => {
  const field = await steppedWithX1EditorOpen(page);
  const panel = page.getByRole('region', { name: /hidden layers?$/ });
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(panel).toBeFocused();
  await clickX1Link(page);
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(field).toHaveCount(0);
  await expect(panel).toBeFocused();
});

test('the same weight typed again after training moved it applies again; a refused value is marked only once committed', async ({ page }) => {
  await openPlayground(page, '?seed=3');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await clickX1Link(page);
  const field = page.getByRole('spinbutton', { name: 'Weight from x1 to layer 1, neuron 1' });
  await field.fill('1.5');
  await field.press('Enter');
  await expect.poll(() => inspectedX1Weight(page)).toBe(1.5);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 15);
  await pauseButton(page).click();
  await expect(page.locator('.status-text')).toHaveText('paused');
  await expect.poll(() => inspectedX1Weight(page)).not.toBe(1.5);
  // The field still says 1.5: Enter there sets it again.
  await expect(field).toHaveValue('1.5');
  await field.press('Enter');
  await expect.poll(() => inspectedX1Weight(page)).toBe(1.5);

  // Half-typed is not wrong yet; a committed 500 is, with the range named.
  await field.fill('');
  await field.pressSequentially('-');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await field.fill('500');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Between -100 and 100' })).toBeVisible();
  await expect.poll(() => inspectedX1Weight(page)).toBe(1.5);
});

test('class names sit under their softmax units when the columns narrow for a deep network', async ({ page }) => {
  await openPlayground(page, `?dataset=spiral3&layers=${Array(6).fill('2:tanh').join(',')}`);
  for (const [k, name] of ['class 0', 'class 1', 'class 2'].entries()) {
    const unit = (await diagram(page).getByTitle(new RegExp(`^Output ${k + 1} \\(${name}\\)`)).boundingBox())!;
    const label = (await diagram(page).locator('.class-unit-name').nth(k).boundingBox())!;
    expect(Math.abs(label.x + label.width / 2 - (unit.x + unit.width / 2)), `${name} centred under its unit`).toBeLessThan(2);
  }
});

test('on a touch screen a tapped neuron is not left shown large over the decision boundary', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openPlayground(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  // The browser's emulated mouse events for a tap come after the touch, ending with its click.
  const clicked = page.evaluate(() => new Promise((done) => document.addEventListener('click', done, { once: true, capture: true })));
  await diagram(page).getByTitle(/^Layer 1, neuron 1,/).tap();
  await clicked;
  // Headless Chromium shows the old fault only until its next frame (its emulated mouse then leaves;
  // a phone keeps it): read the output a few times at once, without asking for a frame.
  const shownLarge = page.getByRole('img', { name: /its output at every point of the plane/ });
  const counts: number[] = [];
  for (let i = 0; i < 5; i++) counts.push(await shownLarge.count());
  expect(counts, 'no neuron shown large after a tap').toEqual([0, 0, 0, 0, 0]);
  await expect(boundary(page)).toBeVisible();
  await context.close();
});

/** The first weight of the run saved in IndexedDB (layer 1's kernel starts with x1 → neuron 1). */
const savedFirstWeight = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const request = indexedDB.open('neural-playground', 1);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('runs', 'readonly').objectStore('runs').get('current');
          get.onsuccess = () => {
            db.close();
            resolve(get.result ? new Float32Array(get.result.weightData as ArrayBuffer, 0, 1)[0] : null);
          };
          get.onerror = () => resolve(null);
        };
        request.onerror = () => resolve(null);
      }),
  );

test('a weight typed while paused survives a reload, like the rest of the run', async ({ page }) => {
  await openPlayground(page, '?seed=8');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await inspector(page).focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('spinbutton', { name: 'Weight from x1 to layer 1, neuron 1' });
  await field.fill('-4.25');
  await field.press('Enter');
  await expect.poll(() => inspectedX1Weight(page)).toBe(-4.25);
  // The save is the page's own: wait until the stored run holds the typed weight, then reload.
  await expect.poll(() => savedFirstWeight(page)).toBe(-4.25);
  await page.reload();
  await expect(page.getByText(/Your last run was restored, at epoch 1/)).toBeVisible();
  await expect.poll(() => inspectedX1Weight(page)).toBe(-4.25);
});
