import { scaleLinear } from 'd3-scale';
import { ACTIVATION_CURVES } from '../shared/activationCurves';
import type { ActivationName } from '../shared/spec';
import { linePath } from './linePath';

interface ActivationCurveProps {
  activation: ActivationName;
  slope?: number;
  width?: number;
  height?: number;
}

const XS = Array.from({ length: 61 }, (_, i) => -3 + i * 0.1);

/** The activation (solid) and its derivative (dashed) from -3 to 3, so its shape can be seen at once. */
export function ActivationCurve({ activation, slope = 0.01, width = 84, height = 44 }: ActivationCurveProps) {
  const curve = ACTIVATION_CURVES[activation];
  const x = scaleLinear().domain([-3, 3]).range([2, width - 2]);
  const y = scaleLinear().domain([-1.5, 3]).range([height - 2, 2]).clamp(true);
  const path = (f: (v: number, s: number) => number) => linePath(XS, (v) => x(v), (v) => y(f(v, slope)));
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="activation-curve" role="img" aria-label={`${activation}: the function (solid) and its derivative (dashed) from -3 to 3`}>
      <title>{`${activation}: function (solid blue) and derivative (dashed orange), x from −3 to 3`}</title>
      <line x1={x(-3)} x2={x(3)} y1={y(0)} y2={y(0)} className="axis" />
      <line x1={x(0)} x2={x(0)} y1={y(-1.5)} y2={y(3)} className="axis" />
      <path d={path(curve.df)} className="derivative" />
      <path d={path(curve.f)} className="function" />
    </svg>
  );
}
