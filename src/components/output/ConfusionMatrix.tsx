import { classColor } from '../../charts/colorScale';
import { selectPictures, selectSpec } from '../../store/selectors';
import { classNameOf } from './classNames';
import { largestConfusions, MAX_MATRIX_CLASSES } from './confusions';
import { usePlayground } from '../../store/store';

/**
 * The darkest cell stays light enough for dark text at 4.5:1 (WCAG AA): white text on the middle
 * shades failed it, and between the two there is a band where neither colour passes.
 */
const MAX_SHADE = 0.44;

/** Test-set counts of actual class (rows) against predicted class (columns). */
export function ConfusionMatrix() {
  const confusion = usePlayground((s) => selectPictures(s)?.confusion ?? null);
  const data = usePlayground((s) => selectSpec(s).data);
  if (!confusion) return null;
  const { classes, counts } = confusion;
  if (classes > MAX_MATRIX_CLASSES) return <LargestConfusions counts={counts} classes={classes} name={(k) => classNameOf(data, k)} />;
  const classIndices = Array.from({ length: classes }, (_, k) => k);
  const largest = Math.max(1, ...counts);
  return (
    <section className="confusion" aria-label="Confusion matrix">
      <h3>Confusion matrix (test set)</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">actual ↓ predicted →</th>
            {classIndices.map((k) => (
              <th scope="col" key={k}>
                <span className="class-dot" style={{ background: classColor(k) }} aria-hidden="true" /> {classNameOf(data, k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {classIndices.map((actual) => (
            <tr key={actual}>
              <th scope="row">
                <span className="class-dot" style={{ background: classColor(actual) }} aria-hidden="true" /> {classNameOf(data, actual)}
              </th>
              {classIndices.map((predicted) => {
                const count = counts[actual * classes + predicted];
                const shade = count / largest;
                return (
                  <td key={predicted} className={actual === predicted ? 'diagonal' : undefined} style={{ background: `rgba(22, 50, 79, ${0.06 + MAX_SHADE * shade})` }}>
                    {count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** How many confusions the list shows when the matrix would be too large to read. */
const LISTED_CONFUSIONS = 8;

/** The test set's most frequent mistakes, for problems with too many classes for a matrix (30 characters). */
function LargestConfusions({ counts, classes, name }: { counts: ArrayLike<number>; classes: number; name: (k: number) => string }) {
  const largest = largestConfusions(counts, classes, LISTED_CONFUSIONS);
  return (
    <section className="confusion" aria-label="Most frequent confusions">
      <h3>Most frequent confusions (test set, {classes} classes)</h3>
      {largest.length === 0 ? (
        <p className="hint">None: every test example is predicted right.</p>
      ) : (
        <ol className="confusion-list">
          {largest.map(({ actual, predicted, count }) => (
            <li key={`${actual}-${predicted}`}>
              <strong>{name(actual)}</strong> predicted as <strong>{name(predicted)}</strong>: {count.toLocaleString('en-US')} {count === 1 ? 'time' : 'times'}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
