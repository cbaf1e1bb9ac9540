import { dropoutLayer, type DropoutLayerSpec } from '../../../shared/layers/dropout';
import { LIMITS } from '../../../shared/spec';
import { usePlayground } from '../../../store/store';
import { NumberField } from '../../controls/NumberField';
import type { LayerPanel, LayerPanelProps } from './layerPanel';

function DropoutHeader({ layer, index }: LayerPanelProps<DropoutLayerSpec>) {
  const updateLayer = usePlayground((s) => s.updateLayer);
  return (
    <>
      <p className="layer-kind-name">{dropoutLayer.label}</p>
      <div className="mini-field">
        <NumberField
          label={`Dropout rate of layer ${index + 1}`}
          control="layers"
          hideLabel
          value={layer.rate}
          min={LIMITS.dropoutRate.min}
          max={LIMITS.dropoutRate.max}
          step={0.05}
          onCommit={(v) => updateLayer(index, 'dropout', { rate: v! })}
        />
        <span aria-hidden="true">rate</span>
      </div>
    </>
  );
}

const DropoutSettings = () => <p className="hint">Drops each input at random with this rate while training; off when predicting.</p>;

export const dropoutPanel: LayerPanel<DropoutLayerSpec> = { Header: DropoutHeader, Settings: DropoutSettings };
