import { describe, expect, it } from 'vitest';
import { featureMapsByColumn } from './featureMapPictures';

describe('feature maps as the diagram neurons of conv layers', () => {
  it('scales a layer to its largest magnitude and skips maps that are not square', () => {
    const byColumn = featureMapsByColumn([
      { layer: 0, height: 2, width: 2, drawn: 1, channels: 1, values: Float32Array.from([0, 2, 4, -8]) },
      { layer: 2, height: 1, width: 3, drawn: 1, channels: 1, values: Float32Array.from([1, 2, 3]) },
    ]);
    expect(Array.from(byColumn.get(0)!.values)).toEqual([0, 0.25, 0.5, -1]);
    expect(byColumn.get(0)!.size).toBe(2);
    expect(byColumn.has(2)).toBe(false);
    expect(featureMapsByColumn(undefined).size).toBe(0);
  });
});
