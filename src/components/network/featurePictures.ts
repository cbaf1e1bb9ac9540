import { FEATURE_FUNCTIONS } from '../../data/features';
import { INPUT_DOMAIN } from '../../data/datasets';
import { gridOver } from '../../data/inputPlane';
import { FEATURE_NAMES, type FeatureName } from '../../shared/spec';

export const FEATURE_PICTURE_GRID = 24;

/** Each input feature over the plane, scaled to -1..1; fixed, so computed once on the page. */
export const FEATURE_PICTURES: Record<FeatureName, Float32Array> = (() => {
  const grid = gridOver([INPUT_DOMAIN as [number, number], INPUT_DOMAIN as [number, number]], FEATURE_PICTURE_GRID);
  const pictures = {} as Record<FeatureName, Float32Array>;
  for (const name of FEATURE_NAMES) {
    const values = grid.u.map((x1, i) => FEATURE_FUNCTIONS[name](x1, grid.v[i]));
    const scale = Math.max(...values.map(Math.abs)) || 1;
    pictures[name] = values.map((v) => v / scale);
  }
  return pictures;
})();
