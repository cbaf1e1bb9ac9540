import { scaleLinear } from 'd3-scale';

interface PlaneTicksProps {
  /** The picture's input ranges: [across, up]. */
  ranges: [[number, number], [number, number]];
  /** Side of the square picture, in CSS pixels, border included. */
  size: number;
  /** Width of the gutter left of the picture that holds the vertical axis's numbers. */
  gutter: number;
}

const format = (v: number) => (Math.abs(v) >= 100 || Number.isInteger(v) ? v.toFixed(0) : v.toFixed(1)).replace('-', '−');

/**
 * Tick marks and values along the bottom and left of a picture of the input plane, as TF Playground
 * draws them: where on the plane a colour is. Visual only; the hint under the picture says the ranges.
 */
export function PlaneTicks({ ranges, size, gutter }: PlaneTicksProps) {
  const x = scaleLinear().domain(ranges[0]).range([1, size - 1]);
  const y = scaleLinear().domain(ranges[1]).range([size - 1, 1]);
  return (
    <>
      <svg className="plane-ticks up" width={gutter} height={size} aria-hidden="true">
        {y.ticks(5).map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={gutter - 4} x2={gutter} className="tick-mark" />
            <text x={gutter - 6} dy="0.32em" textAnchor="end" className="tick-label">
              {format(tick)}
            </text>
          </g>
        ))}
      </svg>
      <svg className="plane-ticks across" width={size} height={16} aria-hidden="true">
        {x.ticks(5).map((tick) => (
          <g key={tick} transform={`translate(${x(tick)},0)`}>
            <line y2={4} className="tick-mark" />
            <text y={14} textAnchor="middle" className="tick-label">
              {format(tick)}
            </text>
          </g>
        ))}
      </svg>
    </>
  );
}
