import { flattenLayer, type FlattenLayerSpec } from '../../../shared/layers/flatten';
import { globalAveragePooling2dLayer, type GlobalAveragePooling2dLayerSpec } from '../../../shared/layers/globalAveragePooling2d';
import type { LayerPanel } from './layerPanel';

export const flattenPanel: LayerPanel<FlattenLayerSpec> = {
  Header: () => <p className="layer-kind-name">{flattenLayer.label}</p>,
  Settings: () => <p className="hint">Lays every value of every feature map out in one row, for dense layers.</p>,
};

export const globalAveragePooling2dPanel: LayerPanel<GlobalAveragePooling2dLayerSpec> = {
  Header: () => <p className="layer-kind-name">{globalAveragePooling2dLayer.label}</p>,
  Settings: () => <p className="hint">One number per feature map: its mean over the whole image.</p>,
};
