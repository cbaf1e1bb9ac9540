import { batchNormLayer, type BatchNormLayerSpec } from '../../../shared/layers/batchNorm';
import type { LayerPanel } from './layerPanel';

const BatchNormHeader = () => <p className="layer-kind-name">{batchNormLayer.label}</p>;
const BatchNormSettings = () => <p className="hint">Normalises each input over the batch, then scales and shifts it (learned).</p>;

export const batchNormPanel: LayerPanel<BatchNormLayerSpec> = { Header: BatchNormHeader, Settings: BatchNormSettings };
