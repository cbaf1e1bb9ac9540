import { ACTIVATION_NAMES, LIMITS, type LayerSpec } from '../../shared/spec';
import { usePlayground } from '../../store/store';
import { ACTIVATION_LABELS, optionsOf } from '../controls/labels';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';

interface LayerHeaderProps {
  layer: LayerSpec;
  /** 0-based; shown and named 1-based, as a learner counts hidden layers. */
  index: number;
}

export function LayerHeader({ layer, index }: LayerHeaderProps) {
  const n = index + 1;
  const setUnits = usePlayground((s) => s.setLayerUnits);
  const setActivation = usePlayground((s) => s.setLayerActivation);
  const removeLayer = usePlayground((s) => s.removeLayer);
  return (
    <div className="column-header layer-header">
      <div className="column-title">
        <span>Layer {n}</span>
        <button type="button" className="icon-button" aria-label={`Remove layer ${n}`} title={`Remove layer ${n}`} onClick={() => removeLayer(index)}>
          ×
        </button>
      </div>
      <div className="mini-field">
        <NumberField
          label={`Units in layer ${n}`}
          hideLabel
          value={layer.units}
          min={LIMITS.units.min}
          max={LIMITS.units.max}
          integer
          onCommit={(v) => setUnits(index, v!)}
        />
        <span aria-hidden="true">units</span>
      </div>
      <SelectField
        label={`Activation of layer ${n}`}
        hideLabel
        value={layer.activation}
        options={optionsOf(ACTIVATION_LABELS, ACTIVATION_NAMES)}
        onChange={(v) => setActivation(index, v)}
      />
    </div>
  );
}
