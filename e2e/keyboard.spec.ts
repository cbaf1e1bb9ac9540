import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPlayground, readNumber, waitForEpochAtLeast } from './helpers';

// Everything here is done with page.keyboard only: no clicks, no fill(), no focus() calls.

/** Fails unless the focused element shows a focus ring (its own, or its drop zone's for a hidden file input). */
async function expectFocusVisible(page: Page) {
  const problem = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const name = `${element.tagName.toLowerCase()} "${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''}"`;
    if (!element.matches(':focus-visible')) return `${name} has focus but not :focus-visible`;
    const box = element.getBoundingClientRect();
    const shown = box.width > 2 && box.height > 2 ? element : ((element.closest('label') as HTMLElement | null) ?? element);
    const style = getComputedStyle(shown);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outlined ? null : `${name} shows no focus outline`;
  });
  expect(problem).toBeNull();
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Tabs (or Shift+Tabs) until `target` has focus, checking that every stop on the way shows it. */
async function tabTo(page: Page, target: Locator, direction: 'forward' | 'backward' = 'forward', maxStops = 150) {
  for (let stop = 0; stop < maxStops; stop++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
    await expectFocusVisible(page);
  }
  throw new Error(`${maxStops} ${direction} tab stops did not reach ${target}`);
}

const status = (page: Page) => page.locator('.status-text');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('a whole session by keyboard: data, layers, learning rate, train, pause, step, reset, inspect, export', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page);

  // Choose a dataset: arrows on a closed select change it.
  const dataset = page.getByLabel('Dataset', { exact: true });
  await tabTo(page, dataset);
  await page.keyboard.press('ArrowDown');
  await expect(dataset).toHaveValue('xor');

  // Add a layer.
  await tabTo(page, button(page, 'Add layer'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '3 hidden layers' })).toBeVisible();

  // Back up to the learning rate and type a new one.
  const learningRate = page.getByLabel('Learning rate', { exact: true });
  await tabTo(page, learningRate, 'backward');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.1');
  // A number field applies its value on Enter (or on leaving it), not on every keystroke.
  await page.keyboard.press('Enter');
  await expect(learningRate).toHaveValue('0.1');
  await expect(page).toHaveURL(/lr=0\.1(&|$)/);

  // Train with the Train button reached by Tab; Space activates it once, not also as the shortcut.
  const train = button(page, 'Train');
  await tabTo(page, train, 'backward');
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText('training');
  await waitForEpochAtLeast(page, 30);
  await expect(status(page)).toHaveText('training');
  // The button is now Pause, and keeps focus.
  expect(await isFocused(button(page, 'Pause'))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('paused');

  // Step by Tab and Enter, and with S while a button has focus.
  const before = await readNumber(page, 'Epoch');
  await tabTo(page, button(page, 'Step'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(before + 1));
  await page.keyboard.press('s');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(before + 2));

  // Reset, with Space: on a focused button Space is that button's, not the Train shortcut.
  await tabTo(page, button(page, 'Reset'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(status(page)).toHaveText('ready');

  // Train again so that there is something to inspect.
  await tabTo(page, train, 'backward');
  await page.keyboard.press('Enter');
  await waitForEpochAtLeast(page, 60);
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('paused');

  // Read the result: the test loss, the confusion matrix and the learning signal per layer.
  expect(await readNumber(page, 'Test loss')).toBeGreaterThanOrEqual(0);
  await expect(page.getByRole('region', { name: 'Confusion matrix' }).locator('tbody tr')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Gradients per layer' }).getByRole('listitem')).toHaveCount(4);

  // Inspect neurons: one tab stop, arrow keys inside.
  const inspector = page.getByRole('group', { name: 'Neuron inspector' });
  await tabTo(page, inspector);
  await expect(inspector).toContainText(/Layer 1, neuron 1 \(Tanh\): bias −?\d\.\d{3}; weights in: x1 −?\d\.\d{3}, x2 −?\d\.\d{3}\./);
  await page.keyboard.press('ArrowDown');
  await expect(inspector).toContainText('Layer 1, neuron 2 (Tanh)');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(inspector).toContainText(/Output \(Tanh\): bias −?\d\.\d{3}; weights in: neuron 1 of layer 3/);
  await expect(page.locator('.inspected-ring')).toBeVisible();
  // Leaving it removes the ring: the inspector is not noise for whoever tabs past.
  await page.keyboard.press('Tab');
  await expect(page.locator('.inspected-ring')).toHaveCount(0);

  // Open Export code, stay inside it with Tab, close it with Escape: focus comes back to its button.
  const exportCode = button(page, 'Export code');
  await tabTo(page, exportCode);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export code' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement)), 'Tab stays in the dialog').toBe(true);
    await expectFocusVisible(page);
  }
  // Run shortcuts do nothing behind a modal dialog.
  const epoch = await readNumber(page, 'Epoch');
  await page.keyboard.press('r');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await isFocused(exportCode)).toBe(true);
  // A step now follows any reset the dialog let through, so the epoch tells.
  await page.keyboard.press('s');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch + 1));
});

test('Space, S and R work from the page body, and the buttons announce them', async ({ page }) => {
  await openPlayground(page);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(button(page, 'Train')).toHaveAttribute('aria-keyshortcuts', 'Space');
  await expect(button(page, 'Step')).toHaveAttribute('aria-keyshortcuts', 'S');
  await expect(button(page, 'Reset')).toHaveAttribute('aria-keyshortcuts', 'R');

  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText('training');
  // Space trained instead of scrolling the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  await waitForEpochAtLeast(page, 10);
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText('paused');
  const epoch = await readNumber(page, 'Epoch');
  await page.keyboard.press('s');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch + 1));
  await page.keyboard.press('Shift+S');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch + 2));
  await page.keyboard.press('r');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
});

test('typing "r" or a space into a field, or Space on a checkbox, neither resets nor trains', async ({ page }) => {
  await openPlayground(page);
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('2');

  const learningRate = page.getByLabel('Learning rate', { exact: true });
  await tabTo(page, learningRate);
  await page.keyboard.type('r r');
  await page.keyboard.press('Space');
  // The field refuses the letters and keeps the learning rate in force; leaving it shows it again.
  await expect(page).toHaveURL(/lr=0\.03(&|$)/);

  const showTest = page.getByRole('checkbox', { name: 'Show test data' });
  await tabTo(page, showTest);
  await expect(learningRate).toHaveValue('0.03');
  await page.keyboard.press('Space');
  await expect(showTest).toBeChecked();

  // S is a shortcut on a button (not in a checkbox, which is a form field).
  await tabTo(page, button(page, 'Export model'));
  // One step, sent after everything above: a reset would leave epoch 1, a start would be training.
  await page.keyboard.press('s');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('3');
  await expect(status(page)).toHaveText('paused');
});

test('every tab stop on the page, in both modes, shows where the focus is', async ({ page }) => {
  await openPlayground(page);
  for (const mode of ['normal', 'presentation']) {
    const stops: string[] = [];
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press('Tab');
      const here = await page.evaluate(() => (document.activeElement === document.body ? null : (document.activeElement?.outerHTML.slice(0, 80) ?? null)));
      // Past the last stop, focus leaves the page.
      if (here === null || stops.includes(here)) break;
      stops.push(here);
      await expectFocusVisible(page);
    }
    expect(stops.length, `${mode}: ${stops.join('\n')}`).toBeGreaterThan(40);
    if (mode === 'normal') {
      // Switch with the keyboard too: Shift+Tab back to the header toggle.
      await tabTo(page, button(page, 'Presentation mode'), 'backward', 300);
      await page.keyboard.press('Enter');
      await expect(button(page, 'Presentation mode')).toHaveAttribute('aria-pressed', 'true');
    }
  }
});

test('a "More layers" cue that scrolls its side fully into view hands focus to the other cue', async ({ page }) => {
  await openPlayground(page, `?layers=${Array(10).fill('2:tanh').join(',')}`);
  await expect(button(page, 'More layers to the right')).toBeVisible();
  // Tab to the first cue (tabbing through the layers' fields may scroll the diagram to either end).
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  let name = '';
  for (let stop = 0; stop < 150 && !name.startsWith('More layers'); stop++) {
    await page.keyboard.press('Tab');
    name = await focusedName();
  }
  expect(name).toMatch(/^More layers to the (left|right)$/);
  const cue = button(page, name);
  const other = button(page, name.endsWith('left') ? 'More layers to the right' : 'More layers to the left');
  // One press scrolls most of a panel's width (smoothly): press again while that side still hides some.
  await expect(async () => {
    if ((await focusedName()) === name) await page.keyboard.press('Enter');
    await expect(cue).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(other).toBeFocused();
  await expectFocusVisible(page);
});
