import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImageSet, type ImageSet } from '../data/images/imageSet';
import { buildTrainingData } from '../data/trainingData';
import { loadLessons } from '../lessons';
import { applyPatch, stepSpec } from '../lessons/setup';
import type { Lesson, SpecPatch } from '../lessons/types';
import { evaluateCheck, type CheckResult } from '../shared/checks';
import { DEFAULT_SPEC } from '../shared/defaults';
import { isImageDataset, type PlaygroundSpec } from '../shared/spec';
import { useCpuBackend } from './testBackend';
import { Trainer } from './trainer';

// Lessons load on demand in the page; the tests take them all up front.
const LESSONS = await loadLessons();

beforeAll(useCpuBackend);

/** Epochs a rehearsal may train when the step sets no limit of its own. */
const UNLIMITED_BUDGET = 100;

interface Rehearsal {
  passed: boolean;
  last: CheckResult;
  epochs: number;
}

/** The shipped image file a spec's dataset names, read as the worker's loader would. */
function imagesFor(spec: PlaygroundSpec): ImageSet | null {
  if (!isImageDataset(spec.data.dataset)) return null;
  const file = readFileSync(new URL(`../../public/datasets/${spec.data.dataset}.bin`, import.meta.url));
  return decodeImageSet(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength), spec.data.dataset);
}

/** Trains a spec as the page would, judging the check after every epoch and latching a pass like the page. */
function rehearse(spec: PlaygroundSpec, check: Lesson['steps'][number]['check']): Rehearsal {
  const trainer = new Trainer(spec, buildTrainingData(spec, null, imagesFor(spec))!);
  const budget = spec.training.epochs ?? UNLIMITED_BUDGET;
  let last: CheckResult = { passed: false, results: [] };
  try {
    while (trainer.epoch < budget) {
      trainer.trainEpoch();
      const latest = trainer.evaluate();
      const diverged = !Number.isFinite(latest.train) || !Number.isFinite(latest.test);
      last = evaluateCheck(check, { spec, latest, epoch: trainer.epoch, iterationsPerEpoch: trainer.iterationsPerEpoch, diverged });
      if (last.passed || diverged) break;
    }
  } finally {
    trainer.dispose();
  }
  return { passed: last.passed, last, epochs: trainer.epoch };
}

const summary = (r: Rehearsal) => `${r.epochs} epochs: ${r.last.results.map((c) => `${c.condition.measure}=${c.actual}`).join(', ')}`;

/** Each step's starting spec, when the learner did the known-good thing in every step before. */
function startingSpecs(lesson: Lesson): PlaygroundSpec[] {
  const specs: PlaygroundSpec[] = [];
  let learner = DEFAULT_SPEC;
  for (const step of lesson.steps) {
    const start = stepSpec(step.setup, learner);
    specs.push(start);
    learner = applyPatch(start, step.rehearsal?.good ?? ({} as SpecPatch));
  }
  return specs;
}

describe('lesson checks, trained for real on the cpu backend', () => {
  for (const lesson of LESSONS) {
    if (process.env.LESSON && process.env.LESSON !== lesson.id) continue;
    const starts = startingSpecs(lesson);
    lesson.steps.forEach((step, i) => {
      if (!step.rehearsal) return;
      it(`${lesson.title}, step ${i + 1}: passes with the known-good change and fails with the known-bad one`, () => {
        const good = rehearse(applyPatch(starts[i], step.rehearsal!.good), step.check);
        const bad = rehearse(applyPatch(starts[i], step.rehearsal!.bad), step.check);
        if (process.env.LESSON_VERBOSE) console.log(`good: ${summary(good)} / bad: ${summary(bad)}`);
        expect(good.passed, `good: ${summary(good)}`).toBe(true);
        expect(bad.passed, `bad: ${summary(bad)}`).toBe(false);
      });
    });
  }
});
