import type { ReactNode } from 'react';
import { inferShapes, kindsThatFit, type LayerShape } from '../../shared/layers/inferShapes';
import { formatShape } from '../../shared/layers/layerKind';
import { LAYER_KINDS, LAYER_REGISTRY } from '../../shared/layers/registry';
import { INITIALIZER_NAMES } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { INITIALIZER_LABELS, optionsOf } from '../controls/labels';
import { SelectField } from '../controls/SelectField';
import { useControl } from '../classroom/useControl';
import { panelOf } from './layerKinds/layerPanels';

const KIND_LABELS = Object.fromEntries(LAYER_KINDS.map((kind) => [kind, LAYER_REGISTRY[kind].label])) as Record<(typeof LAYER_KINDS)[number], string>;
const count = (n: number) => n.toLocaleString('en-US');

/** "→ [4] · 12 parameters", or what is wrong with the layer's input. */
function ShapeLine({ shaped }: { shaped: LayerShape }) {
  if (!shaped.output) return <span className="layer-shape layer-shape-problem">{shaped.problem}</span>;
  return (
    <span className="layer-shape">
      → {formatShape(shaped.output)} · {count(shaped.params)} parameter{shaped.params === 1 ? '' : 's'}
    </span>
  );
}

/** A row's name, with what the layer gives and holds under it, so the row's fields keep their places. */
function RowHead({ title, children }: { title: string; children: ReactNode }) {
  return (
    <span className="layer-row-head">
      <span className="layer-row-title">{title}</span>
      {children}
    </span>
  );
}

/** Every layer's kind, output shape, parameters and less frequent settings (initialisation, regularisation). */
export function LayerDetails() {
  const spec = usePlayground(selectSpec);
  const { network } = spec;
  const setLayerKind = usePlayground((s) => s.setLayerKind);
  const setOutput = usePlayground((s) => s.setOutput);
  const shapes = inferShapes(spec);
  // The Kind menus follow the Layers control too: a locked or hidden stack keeps its kinds.
  const layersControl = useControl('layers');
  const output = shapes.layers[shapes.layers.length - 1];
  return (
    <div className="layer-details" role="group" aria-label="Layer settings">
      <p className="layer-row layer-input-shape">
        <RowHead title="Input">
          <span className="layer-shape">{formatShape(shapes.input)} per example</span>
        </RowHead>
      </p>
      {network.hidden.map((layer, index) => {
        const { Settings } = panelOf(layer);
        return (
          <div className="layer-row" key={index}>
            <RowHead title={`Layer ${index + 1}`}>
              <ShapeLine shaped={shapes.layers[index]} />
            </RowHead>
            {!layersControl.hidden && (
              <SelectField
                control="layerKinds"
                disabled={layersControl.locked}
                label={`Kind of layer ${index + 1}`}
                value={layer.kind}
                options={optionsOf(KIND_LABELS, kindsThatFit(spec, index))}
                onChange={(v) => setLayerKind(index, v)}
              />
            )}
            <Settings layer={layer} index={index} />
          </div>
        );
      })}
      <div className="layer-row">
        <RowHead title="Output">
          <ShapeLine shaped={output} />
        </RowHead>
        <SelectField
          label="Initializer of output layer"
          control="output"
          value={network.outputInitializer}
          options={optionsOf(INITIALIZER_LABELS, INITIALIZER_NAMES)}
          onChange={(v) => setOutput({ outputInitializer: v })}
        />
      </div>
      <p className="layer-row layer-total">
        <RowHead title="Total">
          <span className="layer-shape" data-testid="total-parameters">{count(shapes.totalParams)} parameters</span>
        </RowHead>
      </p>
    </div>
  );
}
