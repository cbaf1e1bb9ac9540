import { describe, expect, it } from 'vitest';
import { atMost, errorMessage } from './async';

describe('errorMessage', () => {
  it('reads an Error and anything else thrown', () => {
    expect(errorMessage(new Error('no network'))).toBe('no network');
    expect(errorMessage('HTTP 404')).toBe('HTTP 404');
  });
});

describe('atMost', () => {
  it('settles with the work when it is quicker', async () => {
    await expect(atMost(Promise.resolve('done'), 1000)).resolves.toBe('done');
  });

  it('settles after the limit when the work never does', async () => {
    await expect(atMost(new Promise(() => undefined), 5)).resolves.toBeUndefined();
  });
});
