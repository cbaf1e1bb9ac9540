import type { LayerSpec } from '../../../shared/layers/registry';
import { batchNormPanel } from './BatchNormPanel';
import { densePanel } from './DensePanel';
import { dropoutPanel } from './DropoutPanel';
import type { AnyLayerPanel, LayerPanels } from './layerPanel';

/** One panel per kind: the mapped type refuses to compile while a kind has none. */
export const LAYER_PANELS: LayerPanels = { dense: densePanel, dropout: dropoutPanel, batchNorm: batchNormPanel };

/** The panel of a layer's kind, typed for that layer. */
export const panelOf = (layer: LayerSpec): AnyLayerPanel => LAYER_PANELS[layer.kind] as unknown as AnyLayerPanel;
