import { describe, expect, it } from 'vitest';
import { watchForUpdate, type ControllerSource } from './updateWatch';

function fakeContainer(controller: unknown): ControllerSource & { takeOver(): void } {
  const listeners: (() => void)[] = [];
  return {
    controller,
    addEventListener: (_type, listener) => listeners.push(listener),
    takeOver: () => listeners.forEach((listener) => listener()),
  };
}

describe('watchForUpdate', () => {
  it('tells a page that was controlled when it loaded about every new version', () => {
    const container = fakeContainer({ state: 'activated' });
    let updates = 0;
    watchForUpdate(container, () => updates++);
    container.takeOver();
    expect(updates).toBe(1);
    container.takeOver();
    expect(updates).toBe(2);
  });

  it('stays quiet on the first install of an uncontrolled page, then tells of the next version', () => {
    const container = fakeContainer(null);
    let updates = 0;
    watchForUpdate(container, () => updates++);
    container.takeOver();
    expect(updates).toBe(0);
    container.takeOver();
    expect(updates).toBe(1);
  });
});
