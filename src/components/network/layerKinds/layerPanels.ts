import type { LayerSpec } from '../../../shared/layers/registry';
import { batchNormPanel } from './BatchNormPanel';
import { conv2dPanel } from './Conv2dPanel';
import { densePanel } from './DensePanel';
import { dropoutPanel } from './DropoutPanel';
import { averagePool2dPanel, maxPool2dPanel } from './PoolPanels';
import { recurrentPanel } from './RecurrentPanel';
import { flattenPanel, globalAveragePooling2dPanel } from './ReshapePanels';
import type { AnyLayerPanel, LayerPanels } from './layerPanel';

/** One panel per kind: the mapped type refuses to compile while a kind has none. */
export const LAYER_PANELS: LayerPanels = {
  dense: densePanel,
  dropout: dropoutPanel,
  batchNorm: batchNormPanel,
  conv2d: conv2dPanel,
  maxPool2d: maxPool2dPanel,
  averagePool2d: averagePool2dPanel,
  flatten: flattenPanel,
  globalAveragePooling2d: globalAveragePooling2dPanel,
  simpleRnn: recurrentPanel(),
  lstm: recurrentPanel(),
  gru: recurrentPanel(),
};

/** The panel of a layer's kind, typed for that layer. */
export const panelOf = (layer: LayerSpec): AnyLayerPanel => LAYER_PANELS[layer.kind] as unknown as AnyLayerPanel;
