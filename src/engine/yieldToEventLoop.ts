// setTimeout(0) is clamped to 4 ms once nested; a message to ourselves comes back at once, and lets
// the worker read pause/step requests that arrived meanwhile.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
