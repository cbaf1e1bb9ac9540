import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openPlayground, pauseButton, readNumber, trainButton, waitForEpochAtLeast } from './helpers';

// Issue 12 (a new user's first minutes), the layout items: the phone, nothing jumping, a lesson
// beside the workspace, deep networks, quiet read-outs and the lesson list's numbers.

const lessonsDialog = (page: Page) => page.getByRole('dialog', { name: 'Lessons' });

test('the lesson list shows every number whole, two-digit ones included', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const items = lessonsDialog(page).getByRole('listitem');
  await expect(items).toHaveCount(14);
  // A list marker is drawn outside its item; the list's own padding must hold it, or the list
  // (which scrolls, so clips) cuts its first digit off.
  const cut = await items.evaluateAll((lis) =>
    lis.flatMap((li, i) => {
      const style = getComputedStyle(li);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const markerLeft = li.getBoundingClientRect().left - context.measureText(`${i + 1}. `).width;
      let clip = li.parentElement;
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
      const clipLeft = clip ? clip.getBoundingClientRect().left + clip.clientLeft : 0;
      return markerLeft < clipLeft - 0.5 ? [`${i + 1}. starts at ${markerLeft.toFixed(1)}, clipped at ${clipLeft.toFixed(1)}`] : [];
    }),
  );
  expect(cut).toEqual([]);
});

interface LiveRegion {
  name: string;
  live: string;
  text: string;
}

/**
 * Every live region as the accessibility tree reports it (explicit aria-live, or implied by a role
 * such as the status role of <output>), with the text a screen reader would be handed.
 */
async function liveRegions(page: Page): Promise<Map<number, LiveRegion>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { backendDOMNodeId?: number; name?: { value: string }; properties?: Array<{ name: string; value: { value: unknown } }> };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Node[] };
    const regions = new Map<number, LiveRegion>();
    for (const node of nodes) {
      const live = node.properties?.find((p) => p.name === 'live')?.value.value;
      if (live !== 'polite' && live !== 'assertive') continue;
      if (node.backendDOMNodeId === undefined) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
      regions.set(node.backendDOMNodeId, { name: node.name?.value ?? '', live: String(live), text: String(result.value ?? '') });
    }
    return regions;
  } finally {
    await cdp.detach();
  }
}

test('while training, only the throttled progress region speaks: the read-outs are not live regions', async ({ page }) => {
  await openPlayground(page);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 3);
  const before = await liveRegions(page);
  const epochBefore = await readNumber(page, 'Epoch');
  await waitForEpochAtLeast(page, epochBefore + 20);
  const after = await liveRegions(page);
  expect([...after.values()].map((r) => r.name)).toContain('Training progress');
  const speaking = [...after]
    .filter(([id, region]) => region.name !== 'Training progress' && before.has(id) && before.get(id)!.text !== region.text)
    .map(([id, region]) => `${region.name || '(unnamed)'} (${region.live}): "${before.get(id)!.text}" → "${region.text}"`);
  expect(speaking).toEqual([]);
  // And no read-out is a live region at all, so a frame's change cannot be queued up either.
  const names = [...after.values()].map((r) => r.name);
  for (const readout of ['Epoch', 'Iteration', 'Iterations per epoch', 'Test loss', 'Training loss', 'Test accuracy', 'Training accuracy']) expect(names).not.toContain(readout);
});

/** Starts collecting layout-shift entries (as CLS counts them: not right after an input). */
async function recordLayoutShifts(page: Page) {
  await page.evaluate(() => {
    const shifts: Array<{ value: number; sources: string[] }> = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    const name = (node: Node | null) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')} "${(node.textContent ?? '').trim().slice(0, 24)}"` : String(node?.nodeName);
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node: Node | null }> };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => name(s.node)) });
    }).observe({ type: 'layout-shift' });
  });
}

test('nothing jumps while training: 10 s of training shift the layout by less than 0.01 in all', async ({ page }) => {
  await openPlayground(page);
  await recordLayoutShifts(page);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 1);
  const start = await page.evaluate(() => performance.now());
  const epochAtStart = await readNumber(page, 'Epoch');
  // The measure is a span of training time, so wait for the clock rather than for a state.
  await page.waitForFunction((t0) => performance.now() - t0 >= 10_000, start, { timeout: 20_000 });
  // Training really went on, through epoch counts of more digits than at the start.
  expect(String(await readNumber(page, 'Epoch')).length).toBeGreaterThan(String(epochAtStart).length);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: Array<{ value: number; sources: string[] }> }).shifts);
  const score = shifts.reduce((sum, s) => sum + s.value, 0);
  const movers = [...new Set(shifts.flatMap((s) => s.sources))].slice(0, 10);
  expect(score, `${shifts.length} layout shifts; moved: ${movers.join(', ')}`).toBeLessThan(0.01);
});

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/screenshots';
const PHONE = { width: 390, height: 844 };

async function expectNoSidewaysScroll(page: Page, when: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `the page scrolls sideways ${when}`).toBeLessThanOrEqual(innerWidth);
}

/** Every button on the page that is shown is at least 44 × 44 px, a finger's touch target. */
async function expectTouchTargets(page: Page, where: string) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .map((button) => ({ name: button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '', box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 44 || box.height < 44))
      .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small, `buttons smaller than 44 px in ${where}`).toEqual([]);
}

async function expectWithinScreen(page: Page, what: string, box: { x: number; y: number; width: number; height: number } | null) {
  expect(box, `${what} is shown`).not.toBeNull();
  const { width, height } = page.viewportSize()!;
  expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(width + 0.5);
  expect(box!.y + box!.height, `${what}: bottom edge`).toBeLessThanOrEqual(height + 0.5);
}

test('on a 390 × 844 phone: one column, no sideways page scroll, 44-px buttons, dialogs on screen; a network is built and trained', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openPlayground(page);
  await expectNoSidewaysScroll(page, 'at first');
  // Data, network and output one under the other, each as wide as the screen allows.
  const panels = [page.getByRole('region', { name: 'Data' }), page.getByRole('region', { name: /hidden layers?$/ }), page.getByRole('region', { name: 'Output' })];
  const boxes = await Promise.all(panels.map((panel) => panel.boundingBox()));
  for (const [i, box] of boxes.entries()) {
    expect(box!.width, `panel ${i + 1} is full width`).toBeGreaterThan(PHONE.width * 0.85);
    if (i > 0) expect(box!.y, `panel ${i + 1} is below panel ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
  }
  await expectTouchTargets(page, 'the page');
  await page.screenshot({ path: `${SHOTS}/phone-first.png` });

  await page.getByRole('button', { name: 'Add layer', exact: true }).click();
  await expect(page.getByRole('heading', { name: '3 hidden layers' })).toBeVisible();
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 5);
  expect(await readNumber(page, 'Epoch')).toBeGreaterThanOrEqual(5);
  await expectNoSidewaysScroll(page, 'while training a 3-layer network');
  // The wide network scrolls inside its own panel instead.
  const scroller = page.getByTestId('network-diagram').locator('..');
  expect(await scroller.evaluate((e) => e.scrollWidth > e.clientWidth && getComputedStyle(e).overflowX !== 'visible')).toBe(true);
  await page.screenshot({ path: `${SHOTS}/phone-training.png`, fullPage: true });
  await pauseButton(page).click();
  await expectTouchTargets(page, 'the page after training');
  await expectNoAxeViolations(page, 'the page on a phone after training');

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const dialog = lessonsDialog(page);
  await expect(dialog.getByRole('listitem')).toHaveCount(14);
  await expectWithinScreen(page, 'the Lessons dialog', await dialog.boundingBox());
  await expectWithinScreen(page, 'its Close button', await dialog.getByRole('button', { name: 'Close', exact: true }).boundingBox());
  await expectTouchTargets(page, 'the Lessons dialog');
  await expectNoAxeViolations(page, 'the Lessons dialog on a phone');
  await page.screenshot({ path: `${SHOTS}/phone-lessons.png` });
  await dialog.getByRole('button', { name: 'Why hidden layers: XOR', exact: true }).click();
  await expect(page.getByRole('region', { name: /^Lesson \d+:/ })).toBeVisible();
  await expectNoSidewaysScroll(page, 'with a lesson open');
  await expectTouchTargets(page, 'the page with a lesson open');
  await page.screenshot({ path: `${SHOTS}/phone-lesson.png`, fullPage: true });

  await page.getByRole('button', { name: 'Presentation mode', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Presentation mode', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expectNoSidewaysScroll(page, 'in presentation mode');
  await expectTouchTargets(page, 'presentation mode');
  await expectNoAxeViolations(page, 'presentation mode on a phone');
  await page.screenshot({ path: `${SHOTS}/phone-presentation.png`, fullPage: true });
});

const deep = (layers: number) => `?layers=${Array(layers).fill('2:tanh').join(',')}`;
const networkPanel = (page: Page) => page.getByRole('region', { name: /hidden layers?$/ });

/** How far the diagram's own box scrolls sideways, and whether the page does. */
async function networkOverflow(page: Page) {
  return page.getByTestId('network-diagram').evaluate((diagram) => {
    const box = diagram.parentElement!;
    return { hiddenPx: box.scrollWidth - box.clientWidth, pageScrolls: document.scrollingElement!.scrollWidth > window.innerWidth };
  });
}

test('six hidden layers fit at 1366 px with no scrolling; ten scroll inside the network panel, with a cue that there is more', async ({ page }) => {
  await openPlayground(page, deep(6));
  await expect(networkPanel(page).getByRole('heading', { name: '6 hidden layers' })).toBeVisible();
  await expect.poll(async () => (await networkOverflow(page)).hiddenPx).toBeLessThanOrEqual(0);
  const panel = (await networkPanel(page).boundingBox())!;
  for (const name of ['Remove layer 1', 'Remove layer 6']) {
    const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.x + box.width, `${name} inside the panel`).toBeLessThanOrEqual(panel.x + panel.width);
  }
  const output = (await page.getByLabel('Output activation', { exact: true }).boundingBox())!;
  expect(output.x + output.width, 'the output column inside the panel').toBeLessThanOrEqual(panel.x + panel.width);
  await expect(networkPanel(page).getByRole('button', { name: /^More layers/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/deep-6.png` });

  await openPlayground(page, deep(10));
  await expect(networkPanel(page).getByRole('heading', { name: '10 hidden layers' })).toBeVisible();
  const overflow = await networkOverflow(page);
  expect(overflow.hiddenPx, 'the diagram scrolls in its panel').toBeGreaterThan(0);
  expect(overflow.pageScrolls, 'the page itself does not scroll sideways').toBe(false);
  const more = networkPanel(page).getByRole('button', { name: 'More layers to the right', exact: true });
  await expect(more).toBeVisible();
  await expectWithinScreen(page, 'the "More layers" cue', await more.boundingBox());
  await page.screenshot({ path: `${SHOTS}/deep-10.png` });
  // The cue scrolls to the rest, and then points back the other way.
  const remove10 = page.getByRole('button', { name: 'Remove layer 10', exact: true });
  // One press scrolls most of a panel's width (smoothly): press again while any is still hidden.
  await expect(async () => {
    if (await more.count()) await more.click({ timeout: 2000 });
    await expect(more).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(networkPanel(page).getByRole('button', { name: 'More layers to the left', exact: true })).toBeVisible();
  const box = (await remove10.boundingBox())!;
  expect(box.x + box.width, 'layer 10 scrolled into the panel').toBeLessThanOrEqual(panel.x + panel.width);
  await page.screenshot({ path: `${SHOTS}/deep-10-scrolled.png` });
});

/** The element is wholly inside the window and is what is drawn at its own centre (nothing covers it). */
async function expectInView(page: Page, what: string, locator: Locator) {
  await expectWithinScreen(page, what, await locator.boundingBox());
  const uncovered = await locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && (element === top || element.contains(top) || top.contains(element) || element.parentElement!.contains(top));
  });
  expect(uncovered, `${what} is not covered`).toBe(true);
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
]) {
  for (const mode of ['normal', 'presentation'] as const) {
    test(`an open lesson keeps the network, loss chart and decision boundary on screen at ${viewport.width}×${viewport.height}, ${mode} mode`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openPlayground(page, '?lesson=hidden-layers');
      if (mode === 'presentation') {
        await page.getByRole('button', { name: 'Presentation mode', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Presentation mode', exact: true })).toHaveAttribute('aria-pressed', 'true');
      }
      const lesson = page.getByRole('region', { name: /^Lesson \d+:/ });
      await expect(lesson).toContainText('step 1 of 2');
      await expectNoAxeViolations(page, `the lesson drawer at ${viewport.width}, ${mode} mode`);
      // What the step asks: a hidden layer, then train and watch.
      await page.getByRole('button', { name: 'Add layer', exact: true }).click();
      await expect(networkPanel(page).getByRole('heading', { name: '1 hidden layer' })).toBeVisible();
      await trainButton(page).click();
      await waitForEpochAtLeast(page, 5);
      await expectNoSidewaysScroll(page, 'with a lesson open');
      await expectInView(page, 'the loss chart', page.getByRole('img', { name: /^Loss per epoch/ }));
      await expectInView(page, 'the decision boundary', page.getByRole('img', { name: /over the input plane/ }));
      await expectInView(page, 'the network heading', networkPanel(page).getByRole('heading', { name: '1 hidden layer' }));
      for (const picture of ['Input x1', 'Layer 1, neuron 1', 'Output 1']) await expectInView(page, `the network's "${picture}"`, networkPanel(page).getByTitle(new RegExp(`^${picture}`)).first());
      // The lesson beside them, its check list and its way on included.
      await expectInView(page, 'the lesson title', lesson.getByRole('heading', { level: 2 }));
      await expectInView(page, 'the check list', lesson.getByRole('list', { name: 'What this step checks' }));
      await expectInView(page, 'Next step', lesson.getByRole('button', { name: 'Next step', exact: true }));
      await page.screenshot({ path: `${SHOTS}/lesson-open-${viewport.width}-${mode}.png` });
      await expectNoAxeViolations(page, `the lesson drawer while training at ${viewport.width}, ${mode} mode`);
    });
  }
}
