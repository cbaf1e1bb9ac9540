import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useId, useMemo } from 'react';
import type { LossPoint } from '../shared/engineTypes';
import { linePath } from './linePath';

interface LossChartProps {
  points: LossPoint[];
  width: number;
  height: number;
}

const MARGIN = { top: 8, right: 8, bottom: 22, left: 40 };

/**
 * Training and test loss per epoch. React owns the SVG; d3 computes the scales, linePath the path strings.
 * `points` is already bounded in length (see lossHistory), so a frame costs the same at any epoch.
 */
export function LossChart({ points, width, height }: LossChartProps) {
  const finite = useMemo(() => points.filter((p) => Number.isFinite(p.train) && Number.isFinite(p.test)), [points]);
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const lastEpoch = finite.at(-1)?.epoch ?? 1;
  const x = scaleLinear().domain([0, Math.max(1, lastEpoch)]).range([0, innerWidth]);
  const top = max(finite, (p) => Math.max(p.train, p.test)) ?? 1;
  const y = scaleLinear().domain([0, top > 0 ? top : 1]).range([innerHeight, 0]).nice(4);
  const path = (key: 'train' | 'test') => linePath(finite, (p) => x(p.epoch), (p) => y(p[key]));
  const descriptionId = useId();
  // What a glance at the chart tells: how much of the run it spans (not spoken on change: no live region).
  const description = finite.length === 0 ? 'No epochs yet.' : `${finite.length} point${finite.length === 1 ? '' : 's'}, epochs ${finite[0].epoch} to ${finite.at(-1)!.epoch}.`;
  return (
    <figure className="loss-chart">
      <span id={descriptionId} className="visually-hidden">
        {description}
      </span>
      <svg width={width} height={height} role="img" aria-label="Loss per epoch: training loss and test loss" aria-describedby={descriptionId}>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {y.ticks(4).map((tick) => (
            <g key={tick} transform={`translate(0,${y(tick)})`}>
              <line x2={innerWidth} className="grid-line" stroke="#e3e6ea" />
              <text x={-6} dy="0.32em" textAnchor="end" className="tick-label" fontSize={10} fill="#4d5661">
                {tick}
              </text>
            </g>
          ))}
          {x.ticks(4).filter(Number.isInteger).map((tick) => (
            <text key={tick} x={x(tick)} y={innerHeight + 15} textAnchor="middle" className="tick-label" fontSize={10} fill="#4d5661">
              {tick}
            </text>
          ))}
          <path d={path('test')} className="loss-line test" fill="none" stroke="#8a94a0" strokeWidth={2} strokeDasharray="4 3" />
          <path d={path('train')} className="loss-line train" fill="none" stroke="#1b1f24" strokeWidth={2} />
          {finite.length > 0 && (
            <>
              <circle cx={x(finite.at(-1)!.epoch)} cy={y(finite.at(-1)!.test)} r={3} className="loss-dot test" fill="#8a94a0" />
              <circle cx={x(finite.at(-1)!.epoch)} cy={y(finite.at(-1)!.train)} r={3} className="loss-dot train" fill="#1b1f24" />
            </>
          )}
        </g>
      </svg>
      <figcaption className="legend">
        <span className="swatch train" aria-hidden="true" /> training loss
        <span className="swatch test" aria-hidden="true" /> test loss
        <span className="axis-name">x: epoch</span>
      </figcaption>
    </figure>
  );
}
