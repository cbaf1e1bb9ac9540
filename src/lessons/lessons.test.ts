import { describe, expect, it } from 'vitest';
import { MEASURES } from '../shared/checks';
import { CONTROL_IDS } from '../shared/classroom';
import { compatibilityProblems } from '../shared/compatibility';
import { DEFAULT_SPEC } from '../shared/defaults';
import { isGlossaryTerm } from '../shared/glossary';
import { validateSpec } from '../shared/specSchema';
import { lessonById, loadLessons, stepsOfLesson } from './index';
import { applyPatch, stepSpec } from './setup';
import { glossaryMarks } from './richText';

// Lessons load on demand in the page; the tests take them all up front.
const LESSONS = await loadLessons();

const CORE_IDEAS = [
  'neuron',
  'activations',
  'hidden-layers',
  'losses',
  'learning-rate',
  'batches',
  'optimizers',
  'overfitting',
  'initialization',
  'vanishing-gradients',
  'softmax',
  'convolutions',
  'recurrent',
  'long-memory',
];

describe('lessons', () => {
  it('cover every core idea, in order, with unique ids', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(CORE_IDEAS);
    expect(new Set(LESSONS.map((l) => l.order)).size).toBe(LESSONS.length);
    expect(lessonById('xor')).toBeUndefined();
    expect(stepsOfLesson('neuron')).toBe(LESSONS[0].steps.length);
  });

  for (const lesson of LESSONS) {
    describe(lesson.title, () => {
      it('starts from a set-up and has a rehearsal on its first step', () => {
        expect(lesson.steps.length).toBeGreaterThanOrEqual(2);
        expect(lesson.steps[0].setup).toBeDefined();
        expect(lesson.steps[0].rehearsal).toBeDefined();
      });

      lesson.steps.forEach((step, i) => {
        it(`step ${i + 1} is valid data: its set-up, check, glossary words and controls`, () => {
          let spec = DEFAULT_SPEC;
          for (const earlier of lesson.steps.slice(0, i + 1)) spec = stepSpec(earlier.setup, spec);
          const validation = validateSpec(spec);
          expect(validation.ok ? [] : validation.errors).toEqual([]);
          expect(compatibilityProblems(spec).map((p) => p.message)).toEqual([]);
          for (const patch of [step.rehearsal?.good, step.rehearsal?.bad]) {
            if (!patch) continue;
            const rehearsed = applyPatch(spec, patch);
            expect(validateSpec(rehearsed).ok).toBe(true);
          }
          expect(step.check.length).toBeGreaterThan(0);
          for (const condition of step.check) expect(Object.keys(MEASURES)).toContain(condition.measure);
          const words = [...step.text, step.task, step.hint].flatMap(glossaryMarks);
          for (const word of words) expect(isGlossaryTerm(word.term), `[[${word.term}]]`).toBe(true);
          for (const id of [...(step.hide ?? []), ...(step.lock ?? [])]) expect(CONTROL_IDS).toContain(id);
        });
      });
    });
  }
});
