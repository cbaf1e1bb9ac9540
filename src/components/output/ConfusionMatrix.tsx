import { classColor } from '../../charts/colorScale';
import { selectPictures, selectSpec } from '../../store/selectors';
import { classNameOf } from './classNames';
import { usePlayground } from '../../store/store';

/** Test-set counts of actual class (rows) against predicted class (columns). */
export function ConfusionMatrix() {
  const confusion = usePlayground((s) => selectPictures(s)?.confusion ?? null);
  const data = usePlayground((s) => selectSpec(s).data);
  if (!confusion) return null;
  const { classes, counts } = confusion;
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
                  <td key={predicted} className={actual === predicted ? 'diagonal' : undefined} style={{ background: `rgba(22, 50, 79, ${0.08 + 0.5 * shade})`, color: shade > 0.6 ? '#fff' : undefined }}>
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
