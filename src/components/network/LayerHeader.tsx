import { ActivationCurve } from '../../charts/ActivationCurve';
import { HIDDEN_ACTIVATIONS, LIMITS, type LayerSpec } from '../../shared/spec';
import { usePlayground } from '../../store/store';
import { ACTIVATION_LABELS } from '../../shared/displayNames';
import { LAYER_KIND_LABELS, optionsOf } from '../controls/labels';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { useControl } from '../classroom/useControl';

interface LayerHeaderProps {
  layer: LayerSpec;
  /** 0-based; shown and named 1-based, as a learner counts hidden layers. */
  index: number;
}

/** The quick controls above a layer's column: width and activation, or the dropout rate. */
export function LayerHeader({ layer, index }: LayerHeaderProps) {
  const n = index + 1;
  const updateLayer = usePlayground((s) => s.updateLayer);
  const removeLayer = usePlayground((s) => s.removeLayer);
  const layersControl = useControl('layers');
  return (
    <div className="column-header-inner layer-header">
      <div className="column-title">
        <span>Layer {n}</span>
        {!layersControl.hidden && (
        <button type="button" className="icon-button" aria-label={`Remove layer ${n}`} title={layersControl.lockReason ?? `Remove layer ${n}`} disabled={layersControl.locked} onClick={() => removeLayer(index)}>
          ×
        </button>
        )}
      </div>
      {layer.kind === 'dense' ? (
        <>
          <div className="mini-field">
            <NumberField
              label={`Units in layer ${n}`}
              control="layers"
              hideLabel
              value={layer.units}
              min={LIMITS.units.min}
              max={LIMITS.units.max}
              integer
              onCommit={(v) => updateLayer(index, 'dense', { units: v! })}
            />
            <span aria-hidden="true">units</span>
          </div>
          <SelectField
            label={`Activation of layer ${n}`}
            control="activation"
            hideLabel
            value={layer.activation}
            options={optionsOf(ACTIVATION_LABELS, HIDDEN_ACTIVATIONS)}
            onChange={(v) => updateLayer(index, 'dense', { activation: v })}
          />
          <ActivationCurve activation={layer.activation} slope={layer.leakySlope} width={96} height={30} />
        </>
      ) : (
        <p className="layer-kind-name">{LAYER_KIND_LABELS[layer.kind]}</p>
      )}
      {layer.kind === 'dropout' && (
        <div className="mini-field">
          <NumberField
            label={`Dropout rate of layer ${n}`}
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
      )}
    </div>
  );
}
