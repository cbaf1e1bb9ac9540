import { useMemo } from 'react';
import { RunsChart, type RunSeries } from '../../charts/RunsChart';
import { chartPoints } from '../../store/lossHistory';
import type { KeptRun } from '../../store/runsSlice';
import { usePlayground } from '../../store/store';
import { formatAccuracy, formatLoss } from '../controls/labels';
import { lineStyleAt } from './lineStyles';
import { compareSpecs, differencesOf, sharedSentence } from './specDifferences';
import { useElementWidth } from './useElementWidth';

const CHART_HEIGHT = 250;

function LineSample({ color, dash }: { color: string; dash: string }) {
  return (
    <svg width={34} height={10} aria-hidden="true" className="line-sample">
      <line x1={2} x2={32} y1={5} y2={5} stroke={color} strokeWidth={2.5} strokeDasharray={dash || undefined} strokeLinecap="round" />
    </svg>
  );
}

/** The overlaid runs' loss curves, a legend that says what differed, and the numbers as a table. */
export function OverlayChart({ runs }: { runs: KeptRun[] }) {
  const metric = usePlayground((s) => s.compareMetric);
  const log = usePlayground((s) => s.compareLogScale);
  const setMetric = usePlayground((s) => s.setCompareMetric);
  const setLog = usePlayground((s) => s.setCompareLogScale);
  const [box, width] = useElementWidth<HTMLElement>(600);
  const comparison = useMemo(() => compareSpecs(runs.map((run) => run.spec)), [runs]);
  const series = useMemo<RunSeries[]>(
    () => runs.map((run, i) => ({ id: run.id, name: run.name, points: chartPoints(run.history), style: lineStyleAt(i) })),
    [runs],
  );
  const lossName = metric === 'train' ? 'Training loss' : 'Test loss';
  const names = runs.map((run) => run.name).join(', ');
  return (
    <figure ref={box} className="overlay">
      <div className="overlay-options">
        <label>
          Curves{' '}
          <select value={metric} onChange={(e) => setMetric(e.target.value as 'train' | 'test')}>
            <option value="train">Training loss</option>
            <option value="test">Test loss</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} /> Log scale
        </label>
      </div>
      {runs.length === 0 ? (
        <p className="hint overlay-empty">Tick “Overlay” beside a run to draw its loss curve here.</p>
      ) : (
        <>
          <div className="overlay-chart">
            <RunsChart series={series} metric={metric} log={log} width={width} height={CHART_HEIGHT} label={`${lossName} per epoch of ${names}`} />
          </div>
          <figcaption>
            <ul className="overlay-legend" aria-label="Legend">
              {runs.map((run, i) => (
                <li key={run.id}>
                  <LineSample color={series[i].style.color} dash={series[i].style.dash} />
                  <span className="visually-hidden">{series[i].style.pattern} line: </span>
                  <strong>{run.name}</strong>
                  {differencesOf(comparison, i) && <span className="legend-differed"> — {differencesOf(comparison, i)}</span>}
                </li>
              ))}
            </ul>
            <p className="overlay-same">{sharedSentence(comparison, runs.length)}</p>
          </figcaption>
          {/* A table cannot be shrunk to 1px itself (it grows to its content): its wrapper is. */}
          <div className="visually-hidden">
            <table>
              <caption>Final values of the overlaid runs</caption>
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">What differed</th>
                  <th scope="col">Epochs</th>
                  <th scope="col">Final training loss</th>
                  <th scope="col">Final test loss</th>
                  <th scope="col">Final test accuracy</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run, i) => (
                  <tr key={run.id}>
                    <th scope="row">{run.name}</th>
                    <td>{differencesOf(comparison, i) || 'nothing'}</td>
                    <td>{run.epoch}</td>
                    <td>{formatLoss(run.final?.train)}</td>
                    <td>{formatLoss(run.final?.test)}</td>
                    <td>{formatAccuracy(run.final?.testAccuracy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
