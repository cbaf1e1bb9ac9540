import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { memo } from 'react';

interface PredictedActualChartProps {
  actual: Float32Array;
  predicted: Float32Array;
  size: number;
}

const MARGIN = 28;

/** Regression on many inputs: each test point's prediction against its true value; perfect is the diagonal. */
export const PredictedActualChart = memo(function PredictedActualChart({ actual, predicted, size }: PredictedActualChartProps) {
  const [lo = -1, hi = 1] = extent([...actual, ...predicted].filter(Number.isFinite));
  const scale = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(4);
  const x = scale.copy().range([MARGIN, size - 6]);
  const y = scale.copy().range([size - MARGIN, 6]);
  return (
    <figure className="predicted-actual" aria-label="Predicted against actual values of the test set">
      <svg width={size} height={size} role="img" aria-label="Scatter of predicted (up) against actual (across) test values, with the diagonal where they are equal">
        <line x1={x(scale.domain()[0])} y1={y(scale.domain()[0])} x2={x(scale.domain()[1])} y2={y(scale.domain()[1])} className="diagonal" />
        {x.ticks(4).map((tick) => (
          <text key={`x${tick}`} x={x(tick)} y={size - 12} textAnchor="middle" className="tick-label">
            {tick}
          </text>
        ))}
        {y.ticks(4).map((tick) => (
          <text key={`y${tick}`} x={MARGIN - 4} y={y(tick)} dy="0.32em" textAnchor="end" className="tick-label">
            {tick}
          </text>
        ))}
        {Array.from(actual, (value, i) => (
          <circle key={i} cx={x(value)} cy={y(Math.max(scale.domain()[0], Math.min(scale.domain()[1], predicted[i])))} r={2.5} className="scatter-point" />
        ))}
      </svg>
      <figcaption className="hint">Test set: predicted (up) against actual (across).</figcaption>
    </figure>
  );
});
