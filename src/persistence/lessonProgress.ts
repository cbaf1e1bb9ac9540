import { z } from '../shared/zodSetup';

const KEY = 'neural-playground/lesson-progress';

/** Lesson id → the steps (0-based) this browser has passed. */
export type PassedSteps = Record<string, number[]>;

const schema = z.record(z.string().max(80), z.array(z.number().int().min(0).max(100)).max(100));

/** What this browser's learner has passed; anything unreadable counts as nothing passed yet. */
export function loadPassedSteps(): PassedSteps {
  try {
    const parsed = schema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function savePassedStep(lessonId: string, step: number): PassedSteps {
  const passed = loadPassedSteps();
  passed[lessonId] = [...new Set([...(passed[lessonId] ?? []), step])].sort((a, b) => a - b);
  try {
    localStorage.setItem(KEY, JSON.stringify(passed));
  } catch {
    // Storage full or disabled: progress lasts until the page is closed.
  }
  return passed;
}

export function clearPassedSteps(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
