import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { LESSONS } from '../lessons';
import { applyPatch, stepSpec } from '../lessons/setup';
import type { SpecPatch } from '../lessons/types';
import { evaluateCheck, type CheckResult } from '../shared/checks';
import { DEFAULT_SPEC } from '../shared/defaults';
import type { LossPoint } from '../shared/engineTypes';
import { useCpuBackend } from './testBackend';
import { Trainer } from './trainer';

beforeAll(useCpuBackend);

/** Trains the step's set-up with a patch, as the page would, and latches the check like the page does. */
function rehearse(lessonIndex: number, patch: SpecPatch): { passed: boolean; last: CheckResult; epochs: number } {
  const step = LESSONS[lessonIndex].steps[0];
  const spec = applyPatch(stepSpec(step.setup, DEFAULT_SPEC), patch);
  const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
  const budget = spec.training.epochs ?? 100;
  let latest: LossPoint = trainer.evaluate();
  let last: CheckResult = { passed: false, results: [] };
  try {
    while (trainer.epoch < budget) {
      trainer.trainEpoch();
      latest = trainer.evaluate();
      const diverged = !Number.isFinite(latest.train) || !Number.isFinite(latest.test);
      last = evaluateCheck(step.check, { spec, latest, epoch: trainer.epoch, iterationsPerEpoch: trainer.iterationsPerEpoch, diverged });
      if (last.passed || diverged) break;
    }
  } finally {
    trainer.dispose();
  }
  return { passed: last.passed, last, epochs: trainer.epoch };
}

const summary = (r: ReturnType<typeof rehearse>) => `${r.epochs} epochs: ${r.last.results.map((c) => `${c.condition.measure}=${c.actual}`).join(', ')}`;

describe('each lesson’s first check, trained for real on the cpu backend', () => {
  LESSONS.forEach((lesson, i) => {
    if (process.env.LESSON && process.env.LESSON !== lesson.id) return;
    it(`${lesson.title}: passes with the known-good change and fails with the known-bad one`, () => {
      const good = rehearse(i, lesson.steps[0].rehearsal!.good);
      const bad = rehearse(i, lesson.steps[0].rehearsal!.bad);
      console.log(`[rehearsal] ${lesson.id} good: ${summary(good)} | bad: ${summary(bad)}`);
      expect(good.passed, summary(good)).toBe(true);
      expect(bad.passed, summary(bad)).toBe(false);
    });
  });
});
