import { describeCondition } from '../../shared/checks';
import { usePlayground } from '../../store/store';
import { CheckList } from './CheckList';
import { nameOfValue } from './valueNames';
import './classroom.css';

/** The teacher's challenge and a pass/fail badge a student can screenshot. */
export function ChallengeBadge() {
  const challenge = usePlayground((s) => s.classroom.challenge);
  const result = usePlayground((s) => s.challengeResult);
  const finished = usePlayground((s) => s.status === 'done' || s.status === 'error');
  const runId = usePlayground((s) => s.runId);
  if (!challenge) return null;
  const passed = result?.runId === runId && result.passed;
  const verdict = passed ? 'Passed' : finished ? 'Not passed' : 'Not yet';
  return (
    <section className={`challenge ${passed ? 'passed' : finished ? 'failed' : 'pending'}`} aria-label="Challenge">
      <div className="challenge-text">
        <h2>Challenge</h2>
        <p>Reach {challenge.map((c) => describeCondition(c, nameOfValue)).join(', ')}.</p>
        {!passed && <CheckList conditions={challenge} label="Challenge conditions" />}
      </div>
      <div className="challenge-badge" role="status" aria-label="Challenge result">
        <span className="badge-verdict">
          <span aria-hidden="true">{passed ? '✓ ' : finished ? '✗ ' : '… '}</span>
          {verdict}
        </span>
        {passed && <span className="badge-figures">{result!.summary}</span>}
        {!passed && finished && <span className="badge-figures">This run ended without meeting it: change something, Reset and train again.</span>}
      </div>
    </section>
  );
}
