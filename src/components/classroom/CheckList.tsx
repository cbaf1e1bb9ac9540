import { useMemo } from 'react';
import { describeCondition, evaluateCheck, MEASURES, type Condition } from '../../shared/checks';
import { usePlayground } from '../../store/store';
import { nameOfValue } from './valueNames';

/** Each condition of a check with a tick or a cross and what the real run measures now. */
export function CheckList({ conditions, label }: { conditions: readonly Condition[]; label: string }) {
  const spec = usePlayground((s) => s.spec);
  const latest = usePlayground((s) => s.history.latest);
  const epoch = usePlayground((s) => s.epoch);
  const iterationsPerEpoch = usePlayground((s) => s.iterationsPerEpoch);
  const diverged = usePlayground((s) => s.diverged);
  const result = useMemo(
    () => evaluateCheck(conditions, { spec, latest, epoch, iterationsPerEpoch, diverged }),
    [conditions, spec, latest, epoch, iterationsPerEpoch, diverged],
  );
  return (
    <ul className="check-list" aria-label={label}>
      {result.results.map(({ condition, met, actual }) => (
        <li key={`${condition.measure}${condition.op}${condition.value}`} className={met ? 'met' : 'unmet'}>
          <span className="check-mark" aria-hidden="true">
            {met ? '✓' : '✗'}
          </span>
          <span className="visually-hidden">{met ? 'Met: ' : 'Not met: '}</span>
          {describeCondition(condition, nameOfValue)} <span className="check-actual">(now {MEASURES[condition.measure].kind === 'text' ? actual.split(',').map(nameOfValue).join(', ') : actual})</span>
        </li>
      ))}
    </ul>
  );
}
