// setTimeout(0) is clamped to 4 ms once nested; a message to ourselves comes back at once, and lets
// the worker read pause/step requests that arrived meanwhile. Node (unit tests) drains a port's
// messages without running timers in between, so there setImmediate does the same job.
const channel = typeof setImmediate === 'function' ? null : new MessageChannel();
const waiting: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      setImmediate(resolve);
      return;
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
