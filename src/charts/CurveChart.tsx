import { scaleLinear } from 'd3-scale';
import { memo } from 'react';
import type { PlanePoints } from '../shared/dataContract';
import { linePath } from './linePath';

interface CurveChartProps {
  train: PlanePoints;
  test: PlanePoints | null;
  /** Range of the input across. */
  domain: [number, number];
  /** The network's prediction at evenly spaced x1 across the input domain. */
  curve: Float32Array | null;
  width: number;
  height: number;
}

const MARGIN = { top: 8, right: 8, bottom: 22, left: 32 };

/** One-dimensional regression: the data as points and the network's prediction as a line. */
export const CurveChart = memo(function CurveChart({ train, test, domain, curve, width, height }: CurveChartProps) {
  const x = scaleLinear().domain(domain).range([MARGIN.left, width - MARGIN.right]);
  const values = [...train.labels, ...(test?.labels ?? [])];
  const top = Math.max(1.2, ...values.map(Math.abs)) * 1.05;
  const y = scaleLinear().domain([-top, top]).nice(5).range([height - MARGIN.bottom, MARGIN.top]);
  const step = (domain[1] - domain[0]) / ((curve?.length ?? 2) - 1);
  const [yLo, yHi] = y.domain();
  const path = curve ? linePath(curve, (_, i) => x(domain[0] + i * step), (v) => y(Math.max(yLo, Math.min(yHi, v)))) : '';
  const dots = (set: PlanePoints, kind: string) =>
    Array.from(set.labels, (label, i) => <circle key={`${kind}${i}`} cx={x(set.u[i])} cy={y(label)} r={2.5} className={`curve-point ${kind}`} />);
  return (
    <svg width={width} height={height} className="curve-chart" role="img" aria-label="The data (points) and the network's prediction (line): y against x">
      {y.ticks(5).map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} className="grid-line" />
          <text x={MARGIN.left - 4} y={y(tick)} dy="0.32em" textAnchor="end" className="tick-label">
            {tick}
          </text>
        </g>
      ))}
      {x.ticks(6).map((tick) => (
        <text key={tick} x={x(tick)} y={height - 6} textAnchor="middle" className="tick-label">
          {tick}
        </text>
      ))}
      {dots(train, 'train')}
      {test && dots(test, 'test')}
      <path d={path} className="prediction-line" />
    </svg>
  );
});
