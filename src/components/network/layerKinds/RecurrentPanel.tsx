import { ACTIVATION_LABELS } from '../../../shared/displayNames';
import type { RecurrentLayerSpec } from '../../../shared/layers/recurrent';
import { HIDDEN_ACTIVATIONS, INITIALIZER_NAMES, LIMITS } from '../../../shared/spec';
import { usePlayground } from '../../../store/store';
import { useControl } from '../../classroom/useControl';
import { INITIALIZER_LABELS, optionsOf } from '../../controls/labels';
import { NumberField } from '../../controls/NumberField';
import { SelectField } from '../../controls/SelectField';
import type { LayerPanel, LayerPanelProps } from './layerPanel';

const GATE_HINTS: Record<RecurrentLayerSpec['kind'], string> = {
  simpleRnn: 'One state, updated at every time step from the input and the state before.',
  lstm: 'A cell state kept over time by forget, input and output gates: it can remember long.',
  gru: 'Update and reset gates decide how much of the state to keep at each step.',
};

function useSetRecurrent(layer: RecurrentLayerSpec, index: number) {
  const updateLayer = usePlayground((s) => s.updateLayer);
  return (patch: Partial<RecurrentLayerSpec>) => updateLayer(index, layer.kind, patch);
}

function RecurrentHeader({ layer, index }: LayerPanelProps<RecurrentLayerSpec>) {
  const n = index + 1;
  const set = useSetRecurrent(layer, index);
  const layersControl = useControl('layers');
  return (
    <>
      <div className="mini-field">
        <NumberField label={`Units in layer ${n}`} control="layers" hideLabel value={layer.units} min={LIMITS.units.min} max={LIMITS.units.max} integer onCommit={(v) => set({ units: v! })} />
        <span aria-hidden="true">units</span>
      </div>
      <SelectField label={`Activation of layer ${n}`} control="activation" hideLabel value={layer.activation} options={optionsOf(ACTIVATION_LABELS, HIDDEN_ACTIVATIONS)} onChange={(v) => set({ activation: v })} />
      <label className="checkbox-field mini-field">
        <input type="checkbox" checked={layer.returnSequences} disabled={layersControl.locked} onChange={(e) => set({ returnSequences: e.target.checked })} aria-label={`Return sequences of layer ${n}`} />
        <span aria-hidden="true">sequences</span>
      </label>
    </>
  );
}

function RecurrentSettings({ layer, index }: LayerPanelProps<RecurrentLayerSpec>) {
  const set = useSetRecurrent(layer, index);
  return (
    <>
      <SelectField control="layers" label={`Initializer of layer ${index + 1}`} value={layer.initializer} options={optionsOf(INITIALIZER_LABELS, INITIALIZER_NAMES)} onChange={(v) => set({ initializer: v })} />
      <NumberField
        label={`Input dropout of layer ${index + 1}`}
        control="layers"
        value={layer.dropout}
        min={LIMITS.dropoutRate.min}
        max={LIMITS.dropoutRate.max}
        step={0.05}
        onCommit={(v) => set({ dropout: v! })}
      />
      <p className="hint">
        {GATE_HINTS[layer.kind]} The recurrent weights start orthogonal. Input dropout drops a share of the input features while training, the same ones at every step of a sequence.
      </p>
    </>
  );
}

const panel: LayerPanel<RecurrentLayerSpec> = { Header: RecurrentHeader, Settings: RecurrentSettings };

/** The one panel of the three recurrent kinds, typed for each (React's component types are invariant in their props). */
export const recurrentPanel = <S extends RecurrentLayerSpec>() => panel as unknown as LayerPanel<S>;
