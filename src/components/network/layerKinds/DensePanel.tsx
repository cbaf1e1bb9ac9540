import { ActivationCurve } from '../../../charts/ActivationCurve';
import { ACTIVATION_LABELS } from '../../../shared/displayNames';
import type { DenseLayerSpec } from '../../../shared/layers/dense';
import { HIDDEN_ACTIVATIONS, INITIALIZER_NAMES, LIMITS } from '../../../shared/spec';
import { usePlayground } from '../../../store/store';
import { INITIALIZER_LABELS, optionsOf } from '../../controls/labels';
import { NumberField } from '../../controls/NumberField';
import { SelectField } from '../../controls/SelectField';
import type { LayerPanel, LayerPanelProps } from './layerPanel';

function DenseHeader({ layer, index }: LayerPanelProps<DenseLayerSpec>) {
  const n = index + 1;
  const updateLayer = usePlayground((s) => s.updateLayer);
  return (
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
  );
}

function DenseSettings({ layer, index }: LayerPanelProps<DenseLayerSpec>) {
  const n = index + 1;
  const updateLayer = usePlayground((s) => s.updateLayer);
  const set = (patch: Partial<DenseLayerSpec>) => updateLayer(index, 'dense', patch);
  const regularization = LIMITS.regularization;
  return (
    <>
      <SelectField control="layers" label={`Initializer of layer ${n}`} value={layer.initializer} options={optionsOf(INITIALIZER_LABELS, INITIALIZER_NAMES)} onChange={(v) => set({ initializer: v })} />
      <NumberField control="layers" label={`L1 of layer ${n}`} value={layer.l1} min={regularization.min} max={regularization.max} step="any" onCommit={(v) => set({ l1: v! })} />
      <NumberField control="layers" label={`L2 of layer ${n}`} value={layer.l2} min={regularization.min} max={regularization.max} step="any" onCommit={(v) => set({ l2: v! })} />
      {layer.activation === 'leakyRelu' && (
        <NumberField
          label={`Leaky slope of layer ${n}`}
          control="activation"
          value={layer.leakySlope}
          min={LIMITS.leakySlope.min}
          max={LIMITS.leakySlope.max}
          step={0.01}
          onCommit={(v) => set({ leakySlope: v! })}
        />
      )}
    </>
  );
}

export const densePanel: LayerPanel<DenseLayerSpec> = { Header: DenseHeader, Settings: DenseSettings };
