import type { FeatureMaps } from '../../shared/imagePictures';

/**
 * A conv or pool layer's channels are its neurons in the diagram: each is drawn as its feature map
 * for the chosen image, scaled to the layer's largest magnitude so the map fills the -1..1 colours
 * (ReLU maps run far past 1 and would all saturate). Square maps only, as the diagram's pictures are.
 */
export function featureMapsByColumn(maps: FeatureMaps[] | undefined): Map<number, { values: Float32Array; size: number }> {
  const byColumn = new Map<number, { values: Float32Array; size: number }>();
  for (const layer of maps ?? []) {
    if (layer.height !== layer.width) continue;
    let largest = 0;
    for (const v of layer.values) largest = Math.max(largest, Math.abs(v));
    const values = new Float32Array(layer.values.length);
    for (let i = 0; i < values.length; i++) values[i] = largest > 0 ? layer.values[i] / largest : 0;
    byColumn.set(layer.layer, { values, size: layer.width });
  }
  return byColumn;
}
