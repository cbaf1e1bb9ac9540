import { averagePool2dLayer, maxPool2dLayer, type AveragePool2dLayerSpec, type MaxPool2dLayerSpec } from '../../../shared/layers/pool2d';
import { LIMITS } from '../../../shared/spec';
import { usePlayground } from '../../../store/store';
import { NumberField } from '../../controls/NumberField';
import type { LayerPanel, LayerPanelProps } from './layerPanel';

type PoolSpec = MaxPool2dLayerSpec | AveragePool2dLayerSpec;

function poolPanel<S extends PoolSpec>(label: string, what: string): LayerPanel<S> {
  function Header({ layer, index }: LayerPanelProps<S>) {
    const updateLayer = usePlayground((s) => s.updateLayer);
    return (
      <>
        <p className="layer-kind-name">{label}</p>
        <div className="mini-field">
          <NumberField
            label={`Pool size of layer ${index + 1}`}
            control="layers"
            hideLabel
            value={layer.poolSize}
            min={LIMITS.poolSize.min}
            max={LIMITS.poolSize.max}
            integer
            // A pool whose stride was its size keeps windows side by side when the size changes.
            onCommit={(v) => updateLayer(index, layer.kind, layer.stride === layer.poolSize ? { poolSize: v!, stride: v! } : { poolSize: v! })}
          />
          <span aria-hidden="true">pool</span>
        </div>
      </>
    );
  }
  function Settings({ layer, index }: LayerPanelProps<S>) {
    const updateLayer = usePlayground((s) => s.updateLayer);
    return (
      <>
        <NumberField control="layers" label={`Stride of layer ${index + 1}`} value={layer.stride} min={LIMITS.stride.min} max={LIMITS.stride.max} integer onCommit={(v) => updateLayer(index, layer.kind, { stride: v! })} />
        <p className="hint">{what}</p>
      </>
    );
  }
  return { Header, Settings };
}

export const maxPool2dPanel = poolPanel<MaxPool2dLayerSpec>(maxPool2dLayer.label, 'Keeps the largest value of each window of each feature map.');
export const averagePool2dPanel = poolPanel<AveragePool2dLayerSpec>(averagePool2dLayer.label, 'Keeps the mean of each window of each feature map.');
