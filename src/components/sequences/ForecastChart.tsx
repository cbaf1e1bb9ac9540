import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { SequencePreview } from '../../shared/dataContract';
import type { SequencePictures } from '../../shared/sequencePictures';

type SeriesPreview = Extract<SequencePreview, { kind: 'series' }>;

interface ForecastChartProps {
  preview: SeriesPreview;
  pictures: SequencePictures | null;
  width: number;
  height: number;
}

const MARGIN = { top: 8, right: 8, bottom: 22, left: 36 };
/** Steps shown before the test part begins, and from there on: enough to see a few periods and the whole fed-back forecast. */
const SHOWN_BEFORE = 50;
const SHOWN_AFTER = 100;

/** "M x,y L x,y …" through the values placed from step `from` on, inside the shown steps [first, last]. */
function pathOf(values: ArrayLike<number>, from: number, [first, last]: [number, number], x: (step: number) => number, y: (value: number) => number): string {
  let d = '';
  for (let i = Math.max(0, first - from); i < values.length && from + i <= last; i++) d += `${d === '' ? 'M' : 'L'}${x(from + i).toFixed(1)},${y(values[i]).toFixed(1)}`;
  return d;
}

/**
 * The series with the network's one-step predictions over it, and from the start of the test part
 * (shaded) the forecast that feeds its own predictions back: how far ahead it stays on the wave.
 */
export function ForecastChart({ preview, pictures, width, height }: ForecastChartProps) {
  const { values, testStart, scale, firstStep, window } = preview;
  const predictions = pictures?.predictions ?? null;
  const forecast = pictures?.forecast ?? null;
  // Around the split only: hundreds of steps in 300 pixels would be a solid block.
  const shown: [number, number] = [Math.max(0, testStart - SHOWN_BEFORE), Math.min(values.length - 1, testStart + SHOWN_AFTER)];
  const all = [...values.subarray(shown[0], shown[1] + 1), ...(forecast ?? [])].filter(Number.isFinite);
  const [lo = -1, hi = 1] = extent(all);
  const x = scaleLinear().domain(shown).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([lo, hi]).nice().range([height - MARGIN.bottom, MARGIN.top]);
  const yTicks = y.ticks(4);
  const xTicks = x.ticks(5).filter(Number.isInteger);
  const mse = (() => {
    if (!forecast) return null;
    let sum = 0;
    for (let k = 0; k < forecast.length; k++) sum += (forecast[k] - values[testStart + k]) ** 2;
    return sum / forecast.length;
  })();
  const summary = forecast
    ? `Forecast: truth in grey, one-step predictions in blue; from the first test ${preview.stepName} on, ${forecast.length} ${preview.stepName}s predicted from the network's own predictions (dashed), mean squared error ${mse!.toPrecision(2)}.`
    : 'The series; predictions appear once the network is built.';
  return (
    <figure className="forecast-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        <rect className="forecast-test-part" x={x(testStart)} y={MARGIN.top} width={Math.max(0, x(shown[1]) - x(testStart))} height={height - MARGIN.top - MARGIN.bottom} />
        {yTicks.map((tick) => (
          <g key={tick} className="tick">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 4} y={y(tick)} dy="0.32em" textAnchor="end">
              {Number((tick * scale).toPrecision(3))}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text key={tick} className="tick" x={x(tick)} y={height - 6} textAnchor="middle">
            {firstStep + tick}
          </text>
        ))}
        <path className="forecast-truth" d={pathOf(values, 0, shown, x, y)} />
        {predictions && <path className="forecast-predicted" d={pathOf(predictions, window, shown, x, y)} />}
        {forecast && <path className="forecast-fed-back" d={pathOf(forecast, testStart, shown, x, y)} />}
      </svg>
      <figcaption>
        {summary} Shown: {preview.stepName}s {firstStep + shown[0]} to {firstStep + shown[1]}, values {preview.stepName === 'year' ? 'in sunspots per year' : 'of the wave'}; the test part is shaded.
      </figcaption>
    </figure>
  );
}
