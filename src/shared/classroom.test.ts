import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURE_NAMES, MEASURES, type Condition } from './checks';
import { applyLocks, CONTROL_IDS, encodeChallenge, parseChallenge } from './classroom';
import { decodeClassroomQuery, encodeClassroomQuery } from './classroomUrl';
import { cloneSpec, DEFAULT_SPEC } from './defaults';
import { DEFAULT_IMAGE_STACKS } from './defaultStacks';
import { defaultLayer } from './layers/registry';

const stepsOf = (id: string) => (id === 'xor-lesson' ? 3 : null);

describe('locks', () => {
  it('puts locked values back after an edit and lets the others through', () => {
    const before = cloneSpec(DEFAULT_SPEC);
    const after = cloneSpec(DEFAULT_SPEC);
    after.training.learningRate = 3;
    after.training.batchSize = 50;
    after.data.dataset = 'xor';
    const kept = applyLocks(before, after, ['learningRate', 'dataset']);
    expect(kept.training.learningRate).toBe(0.03);
    expect(kept.data.dataset).toBe('circle');
    expect(kept.training.batchSize).toBe(50);
  });

  it('locks activations while layers may still be added and widened', () => {
    const before = cloneSpec(DEFAULT_SPEC);
    const after = cloneSpec(DEFAULT_SPEC);
    after.network.hidden = [
      { kind: 'dense', units: 9, activation: 'relu', initializer: 'glorot', leakySlope: 0.01, l1: 0, l2: 0 },
      { kind: 'dense', units: 2, activation: 'relu', initializer: 'glorot', leakySlope: 0.01, l1: 0, l2: 0 },
      { kind: 'dense', units: 3, activation: 'sigmoid', initializer: 'glorot', leakySlope: 0.01, l1: 0, l2: 0 },
    ];
    const kept = applyLocks(before, after, ['activation']);
    expect(kept.network.hidden.map((l) => (l.kind === 'dense' ? [l.units, l.activation] : null))).toEqual([
      [9, 'tanh'],
      [2, 'tanh'],
      [3, 'tanh'],
    ]);
  });
});

describe('locks on images and layer kinds', () => {
  const digits = () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.data.dataset = 'digits8';
    spec.network.hidden = structuredClone(DEFAULT_IMAGE_STACKS.digits8);
    return spec;
  };

  it('keep a page on points off the image sets, and a page on an image set on it, while other datasets stay free', () => {
    const points = cloneSpec(DEFAULT_SPEC);
    const toImages = digits();
    expect(applyLocks(points, toImages, ['imageSets']).data.dataset).toBe('circle');
    expect(applyLocks(points, toImages, ['imageSets']).network.hidden).toEqual(points.network.hidden);
    const toXor = cloneSpec(DEFAULT_SPEC);
    toXor.data.dataset = 'xor';
    expect(applyLocks(points, toXor, ['imageSets']).data.dataset).toBe('xor');
    const toMnist = digits();
    toMnist.data.dataset = 'mnist';
    expect(applyLocks(digits(), toMnist, ['imageSets']).data.dataset).toBe('digits8');
    expect(applyLocks(digits(), points, ['imageSets']).data.dataset).toBe('digits8');
  });

  it('keep each layer’s kind, while layers may still be added, removed and set', () => {
    const before = digits();
    const changedKind = digits();
    changedKind.network.hidden[1] = defaultLayer('averagePool2d');
    changedKind.network.hidden[0] = { ...defaultLayer('conv2d'), filters: 4 };
    const kept = applyLocks(before, changedKind, ['layerKinds']);
    expect(kept.network.hidden.map((l) => l.kind)).toEqual(['conv2d', 'maxPool2d', 'flatten', 'dense']);
    expect(kept.network.hidden[0]).toMatchObject({ kind: 'conv2d', filters: 4 });
    const removed = digits();
    removed.network.hidden.pop();
    expect(applyLocks(before, removed, ['layerKinds']).network.hidden).toHaveLength(3);
  });
});

describe('challenges in links', () => {
  it('round-trip', () => {
    const conditions: Condition[] = [
      { measure: 'testAccuracy', op: '>=', value: 0.95 },
      { measure: 'hiddenNeurons', op: '<=', value: 8 },
      { measure: 'features', op: '=', value: 'x1,x2' },
    ];
    expect(parseChallenge(encodeChallenge(conditions))).toEqual({ conditions });
  });

  it('refuse what they do not understand, saying what', () => {
    expect(parseChallenge('speed>=3')).toEqual({ error: '"speed" is not something the page measures' });
    expect(parseChallenge('testLoss<abc')).toEqual({ error: '"abc" is not a number' });
    expect(parseChallenge('optimizer<adam')).toEqual({ error: 'optimizer can only be compared with =' });
    expect(parseChallenge('')).toEqual({ error: 'the challenge is empty' });
  });

  it('never throw, and only ever accept known measures with fitting values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const parsed = parseChallenge(text);
        if ('error' in parsed) return;
        for (const c of parsed.conditions) {
          expect(MEASURE_NAMES).toContain(c.measure);
          expect(typeof c.value === 'number' ? MEASURES[c.measure].kind : 'text').toBe(MEASURES[c.measure].kind);
          if (typeof c.value === 'number') expect(Number.isFinite(c.value)).toBe(true);
        }
      }),
    );
  });
});

describe('classroom part of a link', () => {
  it('round-trips hidden and locked controls, a lesson step and a challenge', () => {
    const classroom = {
      hidden: ['dataset', 'noise'] as const,
      locked: ['learningRate'] as const,
      lesson: { id: 'xor-lesson', step: 2 },
      challenge: [{ measure: 'testAccuracy', op: '>=', value: 0.9 }] as Condition[],
    };
    const query = encodeClassroomQuery({ ...classroom, hidden: [...classroom.hidden], locked: [...classroom.locked] });
    expect(query).toContain('step=3');
    expect(decodeClassroomQuery(query, stepsOf)).toEqual({ classroom: { ...classroom, hidden: ['dataset', 'noise'], locked: ['learningRate'] }, notices: [] });
  });

  it('drops unknown controls, lessons, steps and challenges with a notice each', () => {
    const { classroom, notices } = decodeClassroomQuery('hide=dataset,warp&lesson=nope&challenge=x', stepsOf);
    expect(classroom).toEqual({ hidden: ['dataset'], locked: [], lesson: null, challenge: null });
    expect(notices).toHaveLength(3);
    const badStep = decodeClassroomQuery('lesson=xor-lesson&step=9', stepsOf);
    expect(badStep.classroom.lesson).toEqual({ id: 'xor-lesson', step: 0 });
    expect(badStep.notices[0]).toMatch(/not a step of this lesson/);
  });

  it('never throws on any query, and keeps only known controls', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (query) => {
        const { classroom } = decodeClassroomQuery(query, stepsOf);
        for (const id of [...classroom.hidden, ...classroom.locked]) expect(CONTROL_IDS).toContain(id);
      }),
    );
  });
});
