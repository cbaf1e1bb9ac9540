import { scaleLinear } from 'd3';
import { memo } from 'react';
import type { PointSet } from '../data/datasets';
import { INPUT_DOMAIN } from '../data/datasets';
import { classColor, colorOf } from './colorScale';

interface PointsOverlayProps {
  train: PointSet;
  test: PointSet | null;
  size: number;
  /** Labels are class indices when true, regression values in -1..1 otherwise. */
  classification: boolean;
}

/** Data points over the decision boundary; test points drawn hollow-dark so they read apart. */
export const PointsOverlay = memo(function PointsOverlay({ train, test, size, classification }: PointsOverlayProps) {
  const fill = (label: number) => (classification ? classColor(label) : colorOf(label));
  const x = scaleLinear().domain(INPUT_DOMAIN).range([0, size]);
  const y = scaleLinear().domain(INPUT_DOMAIN).range([size, 0]);
  const circles = (set: PointSet, kind: 'train' | 'test') =>
    Array.from(set.labels, (label, i) => (
      <circle key={`${kind}${i}`} cx={x(set.x1[i])} cy={y(set.x2[i])} r={3} fill={fill(label)} className={`point ${kind}`} />
    ));
  return (
    <svg className="points-overlay" width={size} height={size} aria-hidden="true">
      {circles(train, 'train')}
      {test && circles(test, 'test')}
    </svg>
  );
});
