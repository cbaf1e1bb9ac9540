import { describe, expect, it } from 'vitest';
import { describeCondition, evaluateCheck, type CheckContext, type Condition } from './checks';
import { cloneSpec, DEFAULT_SPEC } from './defaults';

const context = (patch: Partial<CheckContext> = {}): CheckContext => ({
  spec: cloneSpec(DEFAULT_SPEC),
  latest: { epoch: 20, train: 0.04, test: 0.06, trainAccuracy: 0.99, testAccuracy: 0.97 },
  epoch: 20,
  iterationsPerEpoch: 25,
  diverged: false,
  ...patch,
});

describe('checks', () => {
  it('passes only when every condition holds, and says what each measured', () => {
    const check: Condition[] = [
      { measure: 'testAccuracy', op: '>=', value: 0.95 },
      { measure: 'hiddenNeurons', op: '<=', value: 8 },
    ];
    const passed = evaluateCheck(check, context());
    expect(passed.passed).toBe(true);
    expect(passed.results.map((r) => r.actual)).toEqual(['0.97', '6']);
    const wider = context();
    wider.spec.network.hidden[0] = { ...wider.spec.network.hidden[0], units: 7 } as never;
    const failed = evaluateCheck(check, wider);
    expect(failed.passed).toBe(false);
    expect(failed.results.map((r) => r.met)).toEqual([true, false]);
  });

  it('does not judge an untrained network by its figures', () => {
    const result = evaluateCheck([{ measure: 'testLoss', op: '<', value: 10 }], context({ epoch: 0 }));
    expect(result.passed).toBe(false);
    expect(result.results[0].actual).toBe('not trained yet');
    // Figures of the network itself need no training.
    expect(evaluateCheck([{ measure: 'hiddenLayers', op: '=', value: 2 }], context({ epoch: 0 })).passed).toBe(true);
  });

  it('treats a diverged loss as no figure at all rather than a number', () => {
    const latest = { epoch: 5, train: Infinity, test: NaN, trainAccuracy: null, testAccuracy: null };
    const result = evaluateCheck([{ measure: 'testLoss', op: '<', value: 1 }, { measure: 'diverged', op: '=', value: 'yes' }], context({ latest, diverged: true }));
    expect(result.results.map((r) => [r.met, r.actual])).toEqual([
      [false, '–'],
      [true, 'yes'],
    ]);
  });

  it('reads the network: features, activations, regularization, optimizer', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.features = ['x1', 'x2'];
    const base = context({ spec });
    expect(evaluateCheck([{ measure: 'features', op: '=', value: 'x1,x2' }], base).passed).toBe(true);
    expect(evaluateCheck([{ measure: 'hiddenActivation', op: '=', value: 'tanh' }], base).passed).toBe(true);
    expect(evaluateCheck([{ measure: 'regularized', op: '=', value: 'no' }], base).passed).toBe(true);
    spec.network.hidden.push({ kind: 'dropout', rate: 0.2 });
    expect(evaluateCheck([{ measure: 'regularized', op: '=', value: 'yes' }], base).passed).toBe(true);
    expect(evaluateCheck([{ measure: 'optimizer', op: '=', value: 'adam' }], base).passed).toBe(false);
    // A text measure compared with < is never met (the parser refuses it; data could still say it).
    expect(evaluateCheck([{ measure: 'optimizer', op: '<', value: 'adam' }], base).passed).toBe(false);
  });

  it('says each condition in words', () => {
    expect(describeCondition({ measure: 'testAccuracy', op: '>=', value: 0.95 })).toBe('test accuracy at least 0.95');
    expect(describeCondition({ measure: 'hiddenNeurons', op: '<=', value: 8 })).toBe('at most 8 hidden neurons');
    expect(describeCondition({ measure: 'testLoss', op: '<', value: 0.05 })).toBe('test loss below 0.05');
    expect(describeCondition({ measure: 'diverged', op: '=', value: 'yes' })).toBe('the loss diverges');
  });
});
