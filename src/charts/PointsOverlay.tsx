import { scaleLinear } from 'd3-scale';
import { memo } from 'react';
import type { InputPlane, PlanePoints } from '../shared/dataContract';
import { classColor, colorOf } from './colorScale';

interface PointsOverlayProps {
  train: PlanePoints;
  test: PlanePoints | null;
  ranges: InputPlane['ranges'];
  size: number;
  /** Labels are class indices when true, regression values otherwise. */
  classification: boolean;
}

/** Data points over the decision boundary; test points drawn with a dark ring so they read apart. */
export const PointsOverlay = memo(function PointsOverlay({ train, test, ranges, size, classification }: PointsOverlayProps) {
  const x = scaleLinear().domain(ranges[0]).range([0, size]);
  const y = scaleLinear().domain(ranges[1]).range([size, 0]);
  const fill = (label: number) => (classification ? classColor(label) : colorOf(label));
  const circles = (set: PlanePoints, kind: 'train' | 'test') =>
    Array.from(set.labels, (label, i) => <circle key={`${kind}${i}`} cx={x(set.u[i])} cy={y(set.v[i])} r={3} fill={fill(label)} stroke={kind === 'test' ? '#1b1f24' : '#ffffff'} strokeWidth={kind === 'test' ? 1.2 : 1} className={`point ${kind}`} />);
  return (
    <svg className="points-overlay" width={size} height={size} aria-hidden="true">
      {circles(train, 'train')}
      {test && circles(test, 'test')}
    </svg>
  );
});
