import { INITIALIZER_NAMES, LAYER_KINDS, LIMITS, type LayerSpec } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { INITIALIZER_LABELS, LAYER_KIND_LABELS, optionsOf } from '../controls/labels';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';

function DenseOptions({ layer, index }: { layer: Extract<LayerSpec, { kind: 'dense' }>; index: number }) {
  const n = index + 1;
  const updateLayer = usePlayground((s) => s.updateLayer);
  const set = (patch: Partial<typeof layer>) => updateLayer(index, 'dense', patch);
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

/** Every hidden layer's kind and its less frequent settings: initialisation and regularisation. */
export function LayerDetails() {
  const { network } = usePlayground(selectSpec);
  const setLayerKind = usePlayground((s) => s.setLayerKind);
  const setOutput = usePlayground((s) => s.setOutput);
  return (
    <div className="layer-details" role="group" aria-label="Layer settings">
      {network.hidden.map((layer, index) => (
        <div className="layer-row" key={index}>
          <span className="layer-row-title">Layer {index + 1}</span>
          <SelectField control="layers" label={`Kind of layer ${index + 1}`} value={layer.kind} options={optionsOf(LAYER_KIND_LABELS, LAYER_KINDS)} onChange={(v) => setLayerKind(index, v)} />
          {layer.kind === 'dense' && <DenseOptions layer={layer} index={index} />}
          {layer.kind === 'dropout' && <p className="hint">Drops each input at random with this rate while training; off when predicting.</p>}
          {layer.kind === 'batchNorm' && <p className="hint">Normalises each input over the batch, then scales and shifts it (learned).</p>}
        </div>
      ))}
      <div className="layer-row">
        <span className="layer-row-title">Output</span>
        <SelectField
          label="Initializer of output layer"
          control="output"
          value={network.outputInitializer}
          options={optionsOf(INITIALIZER_LABELS, INITIALIZER_NAMES)}
          onChange={(v) => setOutput({ outputInitializer: v })}
        />
      </div>
    </div>
  );
}
