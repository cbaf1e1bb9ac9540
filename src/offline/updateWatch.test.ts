import { describe, expect, it } from 'vitest';
import { watchForUpdate, type ControllerSource } from './updateWatch';

function fakeContainer(controller: unknown, active: unknown): ControllerSource & { takeOver(): Promise<void> } {
  const listeners: (() => void)[] = [];
  return {
    controller,
    getRegistration: () => Promise.resolve(active === null ? undefined : { active }),
    addEventListener: (_type, listener) => listeners.push(listener),
    takeOver: async () => {
      listeners.forEach((listener) => listener());
      // The watch reads the registration asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('watchForUpdate', () => {
  it('tells a page that was controlled when it loaded about every new version', async () => {
    const worker = { state: 'activated' };
    const container = fakeContainer(worker, worker);
    let updates = 0;
    watchForUpdate(container, () => updates++);
    await container.takeOver();
    expect(updates).toBe(1);
    await container.takeOver();
    expect(updates).toBe(2);
  });

  it('stays quiet on the first install of a page opened with none, then tells of the next version', async () => {
    const container = fakeContainer(null, null);
    let updates = 0;
    watchForUpdate(container, () => updates++);
    await container.takeOver();
    expect(updates).toBe(0);
    await container.takeOver();
    expect(updates).toBe(1);
  });

  it('after a hard reload (installed, but not controlling) the next takeover is a new version', async () => {
    const container = fakeContainer(null, { state: 'activated' });
    let updates = 0;
    watchForUpdate(container, () => updates++);
    await container.takeOver();
    expect(updates).toBe(1);
  });
});
