import { ACTIVATION_LABELS } from '../../../shared/displayNames';
import type { Conv2dLayerSpec } from '../../../shared/layers/conv2d';
import { HIDDEN_ACTIVATIONS, INITIALIZER_NAMES, LIMITS, PADDING_NAMES } from '../../../shared/spec';
import { usePlayground } from '../../../store/store';
import { INITIALIZER_LABELS, optionsOf } from '../../controls/labels';
import { NumberField } from '../../controls/NumberField';
import { SelectField } from '../../controls/SelectField';
import type { LayerPanel, LayerPanelProps } from './layerPanel';

const PADDING_LABELS = { same: 'Same (keeps the size)', valid: 'Valid (whole windows only)' } as const;

function useSetConv(index: number) {
  const updateLayer = usePlayground((s) => s.updateLayer);
  return (patch: Partial<Conv2dLayerSpec>) => updateLayer(index, 'conv2d', patch);
}

function Conv2dHeader({ layer, index }: LayerPanelProps<Conv2dLayerSpec>) {
  const n = index + 1;
  const set = useSetConv(index);
  return (
    <>
      <div className="mini-field">
        <NumberField label={`Filters in layer ${n}`} control="layers" hideLabel value={layer.filters} min={LIMITS.filters.min} max={LIMITS.filters.max} integer onCommit={(v) => set({ filters: v! })} />
        <span aria-hidden="true">filters</span>
      </div>
      <div className="mini-field">
        <NumberField label={`Kernel size of layer ${n}`} control="layers" hideLabel value={layer.kernelSize} min={LIMITS.kernelSize.min} max={LIMITS.kernelSize.max} integer onCommit={(v) => set({ kernelSize: v! })} />
        <span aria-hidden="true">kernel</span>
      </div>
      <SelectField label={`Activation of layer ${n}`} control="activation" hideLabel value={layer.activation} options={optionsOf(ACTIVATION_LABELS, HIDDEN_ACTIVATIONS)} onChange={(v) => set({ activation: v })} />
    </>
  );
}

function Conv2dSettings({ layer, index }: LayerPanelProps<Conv2dLayerSpec>) {
  const n = index + 1;
  const set = useSetConv(index);
  const regularization = LIMITS.regularization;
  return (
    <>
      <NumberField control="layers" label={`Stride of layer ${n}`} value={layer.stride} min={LIMITS.stride.min} max={LIMITS.stride.max} integer onCommit={(v) => set({ stride: v! })} />
      <SelectField control="layers" label={`Padding of layer ${n}`} value={layer.padding} options={optionsOf(PADDING_LABELS, PADDING_NAMES)} onChange={(v) => set({ padding: v })} />
      <SelectField control="layers" label={`Initializer of layer ${n}`} value={layer.initializer} options={optionsOf(INITIALIZER_LABELS, INITIALIZER_NAMES)} onChange={(v) => set({ initializer: v })} />
      <NumberField control="layers" label={`L1 of layer ${n}`} value={layer.l1} min={regularization.min} max={regularization.max} step="any" onCommit={(v) => set({ l1: v! })} />
      <NumberField control="layers" label={`L2 of layer ${n}`} value={layer.l2} min={regularization.min} max={regularization.max} step="any" onCommit={(v) => set({ l2: v! })} />
      {layer.activation === 'leakyRelu' && (
        <NumberField label={`Leaky slope of layer ${n}`} control="activation" value={layer.leakySlope} min={LIMITS.leakySlope.min} max={LIMITS.leakySlope.max} step={0.01} onCommit={(v) => set({ leakySlope: v! })} />
      )}
    </>
  );
}

export const conv2dPanel: LayerPanel<Conv2dLayerSpec> = { Header: Conv2dHeader, Settings: Conv2dSettings };
