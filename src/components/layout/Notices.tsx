import { useMemo } from 'react';
import { EpochLimitNotice } from '../controls/EpochLimitNotice';
import { engineCommand } from '../../engineClient/connectEngine';
import { compatibilityProblems } from '../../shared/compatibility';
import { LIMITS } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';

/** A tenth of the learning rate that diverged, and a fresh start from the seed's weights. */
function lowerLearningRateAndReset(): void {
  const { spec, setTraining, setEngineMessage } = usePlayground.getState();
  setTraining('learningRate', Math.max(LIMITS.learningRate.min, Number((spec.training.learningRate / 10).toPrecision(3))));
  setEngineMessage(null);
  void engineCommand('reset');
}

/** Link problems, choices that do not fit together, adjustments, a refused Train and engine messages. */
export function Notices() {
  const notices = usePlayground((s) => s.notices);
  const adjustments = usePlayground((s) => s.adjustments);
  const engineMessage = usePlayground((s) => s.engineMessage);
  const spec = usePlayground(selectSpec);
  const dismissNotices = usePlayground((s) => s.dismissNotices);
  const setEngineMessage = usePlayground((s) => s.setEngineMessage);
  const diverged = usePlayground((s) => s.diverged);
  const problems = useMemo(() => compatibilityProblems(spec), [spec]);
  const insertFlatten = usePlayground((s) => s.insertFlatten);
  const flattenFix = problems.find((problem) => problem.insertFlattenAt !== undefined)?.insertFlattenAt;
  return (
    <div className="notices">
      {problems.length > 0 && (
        <div role="alert" className="notice">
          <p>These choices do not work together yet, so training is paused until one changes:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.message}>{problem.message}.</li>
            ))}
          </ul>
          {flattenFix !== undefined && (
            <button type="button" className="primary" onClick={() => insertFlatten(flattenFix)}>
              Insert Flatten before {flattenFix < spec.network.hidden.length ? `layer ${flattenFix + 1}` : 'the output layer'}
            </button>
          )}
        </div>
      )}
      {notices.length > 0 && (
        <div role="alert" className="notice warning">
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" aria-label="Adjustments" className={adjustments.length > 0 ? 'notice info' : 'visually-hidden'}>
        {adjustments.length > 0 && (
          <>
            <ul>
              {adjustments.map(({ text }) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
            <button type="button" onClick={dismissNotices}>
              OK
            </button>
          </>
        )}
      </div>
      <EpochLimitNotice />
      {engineMessage && (
        <div role="alert" className="notice">
          <p>{engineMessage}</p>
          <div className="button-row">
            {diverged && (
              <button type="button" className="primary" onClick={lowerLearningRateAndReset}>
                Lower learning rate and reset
              </button>
            )}
            <button type="button" onClick={() => setEngineMessage(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
