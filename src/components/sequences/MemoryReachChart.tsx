import { scaleLinear } from 'd3-scale';
import { useEffect, useState } from 'react';
import type { MemoryReach } from '../../shared/sequencePictures';
import { KEPT_CURVES, keepCurve, reachInWords, type ReachCurve } from './reachCurves';

interface MemoryReachChartProps {
  reach: MemoryReach | null;
  /** The current network in words ("LSTM 16"): curves are kept per network. */
  network: string;
  width: number;
  height: number;
}

const MARGIN = { top: 10, right: 10, bottom: 30, left: 36 };
const CURRENT_COLOUR = '#1565c0';
const EARLIER_COLOURS = ['#8a5a00', '#6a3d9a', '#555'];

const pathOf = (reach: MemoryReach, x: (t: number) => number, y: (a: number) => number) =>
  reach.lengths.map((length, i) => `${i === 0 ? 'M' : 'L'}${x(length).toFixed(1)},${y(reach.accuracy[i]).toFixed(1)}`).join('');

/**
 * Accuracy against T: for each distance T between the cue and the answer, the share of fresh
 * sequences the network gets right. The window it trains on is marked, chance (50 %) dashed, and the
 * latest curves of the networks trained before stay drawn, so a SimpleRNN's fall and an LSTM's hold
 * are seen side by side.
 */
export function MemoryReachChart({ reach, network, width, height }: MemoryReachChartProps) {
  const [curves, setCurves] = useState<ReachCurve[]>([]);
  const label = reach ? `${network} · trained on T = ${reach.window}` : null;
  useEffect(() => {
    if (reach && label) setCurves((kept) => keepCurve(kept, { label, reach }));
  }, [reach, label]);
  if (!reach) return null;
  // Drawn from the props, not the kept list: the effect that keeps the current curve runs after this render.
  const earlier = curves.filter((curve) => curve.label !== label).slice(-KEPT_CURVES);
  const longest = Math.max(...reach.lengths, ...earlier.flatMap((curve) => curve.reach.lengths));
  const x = scaleLinear().domain([0, longest]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([0, 1]).range([height - MARGIN.bottom, MARGIN.top]);
  const summary = `Accuracy against T, on ${reach.sequences} fresh sequences per length. ${label}: ${reachInWords(reach)}.${earlier.map((curve) => ` Earlier, ${curve.label}: ${reachInWords(curve.reach)}.`).join('')}`;
  return (
    <figure className="reach-chart" aria-label="Accuracy against T">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {[0, 0.5, 1].map((tick) => (
          <g key={tick} className="tick">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} className={tick === 0.5 ? 'reach-chance' : undefined} />
            <text x={MARGIN.left - 4} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick * 100} %
            </text>
          </g>
        ))}
        {x.ticks(5).filter(Number.isInteger).map((tick) => (
          <text key={tick} className="tick" x={x(tick)} y={height - MARGIN.bottom + 12} textAnchor="middle">
            {tick}
          </text>
        ))}
        <text className="tick" x={(MARGIN.left + width - MARGIN.right) / 2} y={height - 4} textAnchor="middle">
          T: steps from the first symbol to the answer
        </text>
        <line className="reach-window" x1={x(reach.window)} x2={x(reach.window)} y1={MARGIN.top} y2={height - MARGIN.bottom} />
        {earlier.map((curve, k) => (
          <path key={curve.label} d={pathOf(curve.reach, x, y)} className="reach-earlier" stroke={EARLIER_COLOURS[k % EARLIER_COLOURS.length]} />
        ))}
        <path d={pathOf(reach, x, y)} className="reach-current" stroke={CURRENT_COLOUR} />
        {reach.lengths.map((length, i) => (
          <circle key={length} cx={x(length)} cy={y(reach.accuracy[i])} r={2.5} fill={CURRENT_COLOUR} />
        ))}
      </svg>
      <figcaption>
        <ul className="reach-legend">
          <li>
            <span className="reach-key" style={{ borderColor: CURRENT_COLOUR }} aria-hidden="true" /> now: {label}
          </li>
          {earlier.map((curve, k) => (
            <li key={curve.label}>
              <span className="reach-key reach-key-earlier" style={{ borderColor: EARLIER_COLOURS[k % EARLIER_COLOURS.length] }} aria-hidden="true" /> earlier: {curve.label}
            </li>
          ))}
        </ul>
        The dotted upright line is the window it trains on; 50 % is guessing.
      </figcaption>
    </figure>
  );
}
