import { beforeEach, describe, expect, it } from 'vitest';
import { clearPassedSteps, loadPassedSteps, savePassedStep } from './lessonProgress';
import { installMemoryStorage } from './memoryStorage';

let storage = new Map<string, string>();
beforeEach(() => {
  storage = installMemoryStorage();
});

describe('lesson progress', () => {
  it('remembers passed steps per lesson, once each', () => {
    savePassedStep('xor', 1);
    savePassedStep('xor', 0);
    savePassedStep('xor', 1);
    savePassedStep('neuron', 2);
    expect(loadPassedSteps()).toEqual({ xor: [0, 1], neuron: [2] });
  });

  it('treats anything unreadable as nothing passed', () => {
    storage.set('neural-playground/lesson-progress', '{"xor": "all"}');
    expect(loadPassedSteps()).toEqual({});
    storage.set('neural-playground/lesson-progress', 'not json');
    expect(loadPassedSteps()).toEqual({});
  });

  it('forgets every lesson on Start fresh', () => {
    savePassedStep('xor', 0);
    savePassedStep('neuron', 1);
    clearPassedSteps();
    expect(loadPassedSteps()).toEqual({});
    expect(storage.has('neural-playground/lesson-progress')).toBe(false);
  });
});
