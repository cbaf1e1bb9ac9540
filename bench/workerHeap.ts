import type { Page } from '@playwright/test';

/**
 * The engine worker's used JS heap after a full garbage collection, read through the Chrome
 * DevTools Protocol (performance.memory does not exist in workers).
 */
export async function workerHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'worker' && /worker-.*\.js/.test(target.url));
    if (!worker) throw new Error('The engine worker is not running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let nextId = 1;
    const waiting = new Map<number, (message: { result?: { usedSize?: number } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message);
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
    });
    const send = (method: string) =>
      new Promise<{ result?: { usedSize?: number } }>((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
    await send('HeapProfiler.collectGarbage');
    const usage = await send('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    if (typeof usage.result?.usedSize !== 'number') throw new Error('The worker did not report its heap');
    return usage.result.usedSize;
  } finally {
    await cdp.detach();
  }
}
