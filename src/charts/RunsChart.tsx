import { max, min } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { useMemo } from 'react';
import type { LineStyle } from '../components/compare/lineStyles';
import type { LossPoint } from '../shared/engineTypes';
import { linePath } from './linePath';

export interface RunSeries {
  id: number;
  name: string;
  points: LossPoint[];
  style: LineStyle;
}

interface RunsChartProps {
  series: RunSeries[];
  metric: 'train' | 'test';
  log: boolean;
  width: number;
  height: number;
  label: string;
}

const MARGIN = { top: 22, right: 64, bottom: 24, left: 48 };
const LABEL_GAP = 12;

/** Moves end labels apart vertically so that runs ending at the same loss stay readable. */
function spreadLabels(ys: number[], top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k].y = Math.max(order[k].y, order[k - 1].y + LABEL_GAP);
  const overflow = (order.at(-1)?.y ?? 0) - bottom;
  if (overflow > 0) for (const item of order) item.y = Math.max(top, item.y - overflow);
  const result: number[] = [];
  for (const { y, i } of order) result[i] = y;
  return result;
}

/**
 * Loss per epoch of several runs on shared axes. React owns the SVG; d3 computes the scales, linePath
 * the path strings. Each run's points are bounded (lossHistory), so drawing stays cheap.
 */
export function RunsChart({ series, metric, log, width, height, label }: RunsChartProps) {
  // A diverged loss has no place on the axis, and a log scale has none for zero.
  const drawn = useMemo(
    () => series.map((run) => ({ ...run, points: run.points.filter((p) => Number.isFinite(p[metric]) && (!log || p[metric] > 0)) })),
    [series, metric, log],
  );
  const innerWidth = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(40, height - MARGIN.top - MARGIN.bottom);
  const all = drawn.flatMap((run) => run.points);
  const lastEpoch = max(all, (p) => p.epoch) ?? 1;
  const x = scaleLinear().domain([0, Math.max(1, lastEpoch)]).range([0, innerWidth]);
  const top = max(all, (p) => p[metric]) ?? 1;
  const bottom = min(all, (p) => p[metric]) ?? 0.1;
  // Not rounded out to whole decades on a log scale: that can leave most of the height empty.
  const y = log
    ? scaleLog().domain([bottom / 1.25, Math.max(top * 1.25, bottom * 2)]).range([innerHeight, 0])
    : scaleLinear().domain([0, top > 0 ? top : 1]).range([innerHeight, 0]).nice(4);
  const yFormat = log ? y.tickFormat(4, '~g') : y.tickFormat(4);
  const yTicks = y.ticks(4).filter((tick) => yFormat(tick) !== '');
  const path = (points: LossPoint[]) => linePath(points, (p) => x(p.epoch), (p) => y(p[metric]));
  const ends = drawn.map((run) => run.points.at(-1));
  const labelYs = spreadLabels(ends.map((p) => (p ? y(p[metric]) : innerHeight)), 0, innerHeight);
  return (
    <svg className="runs-chart" width={width} height={height} role="img" aria-label={label}>
      <text x={4} y={12} className="axis-title">
        {metric === 'train' ? 'training loss' : 'test loss'}
        {log ? ' (log scale)' : ''}
      </text>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        {yTicks.map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x2={innerWidth} className="grid-line" />
            <text x={-6} dy="0.32em" textAnchor="end" className="tick-label">
              {yFormat(tick)}
            </text>
          </g>
        ))}
        {x.ticks(6).filter(Number.isInteger).map((tick) => (
          <text key={tick} x={x(tick)} y={innerHeight + 16} textAnchor="middle" className="tick-label">
            {tick}
          </text>
        ))}
        <text x={innerWidth} y={innerHeight + 16} dx={18} className="tick-label axis-unit">
          epoch
        </text>
        {drawn.map((run, i) => {
          const end = ends[i];
          return (
            <g key={run.id} className="run-curve" data-run={run.name}>
              <path d={path(run.points)} fill="none" stroke={run.style.color} strokeWidth={2.25} strokeDasharray={run.style.dash || undefined} strokeLinecap="round" />
              {end && (
                <>
                  <circle cx={x(end.epoch)} cy={y(end[metric])} r={3} fill={run.style.color} />
                  <text x={innerWidth + 6} y={labelYs[i]} dy="0.32em" className="end-label" fill={run.style.color}>
                    {run.name}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
