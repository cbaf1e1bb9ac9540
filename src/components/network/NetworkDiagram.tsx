import { useMemo, useState } from 'react';
import { FEATURE_LABELS, FEATURE_SYMBOLS } from '../../data/features';
import { drawnWidth, FEATURE_NAMES, isTableDataset, LIMITS } from '../../shared/spec';
import { selectPictures, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { layerWidths } from './columns';
import { columnBox, diagramLayout } from './diagramLayout';
import { NetworkScroll } from './NetworkScroll';
import { useElementWidth } from '../compare/useElementWidth';
import { FEATURE_PICTURE_GRID, FEATURE_PICTURES } from './featurePictures';
import { LayerDetails } from './LayerDetails';
import { LayerHeader } from './LayerHeader';
import { LinksCanvas } from './LinksCanvas';
import { buildLinks, weightsMatching } from './networkLinks';
import { InspectedRing, NeuronInspector } from './NeuronInspector';
import type { NeuronRef } from './neuronInspection';
import { NeuronPicture } from './NeuronPicture';
import { OutputHeader } from './OutputHeader';
import { TableInputs } from './TableInputs';
import { useTrainingData } from '../useTrainingData';
import { useControl } from '../classroom/useControl';

/** Inputs → hidden layers → output, left to right; every neuron drawn as its picture over the plane. */
export function NetworkDiagram() {
  const spec = usePlayground(selectSpec);
  const { network } = spec;
  const pictures = usePlayground(selectPictures);
  const toggleFeature = usePlayground((s) => s.toggleFeature);
  const addLayer = usePlayground((s) => s.addLayer);
  const layersControl = useControl('layers');
  const featuresControl = useControl('features');
  const trainingData = useTrainingData();
  const [inspected, setInspected] = useState<NeuronRef | null>(null);
  const tableInputs = isTableDataset(spec.data.dataset) ? (spec.data.table?.inputs ?? []) : null;
  const trueWidths = layerWidths(spec);
  // Wide layers show their first neurons only (and say how many more there are).
  const widths = trueWidths.map(drawnWidth);
  const drawnInputs = tableInputs?.slice(0, drawnWidth(tableInputs.length));
  const inputSlots = drawnInputs ? drawnInputs.map((_, i) => i) : network.features.map((f) => FEATURE_NAMES.indexOf(f));
  const inputNames = drawnInputs ?? network.features.map((f) => FEATURE_LABELS[f]);
  const sizesKey = `${drawnInputs?.length ?? FEATURE_NAMES.length}|${widths.join(',')}`;
  const presentation = usePlayground((s) => s.presentation);
  // Layer columns narrow to the panel's width (down to a minimum), so deep networks fit without scrolling.
  const [scrollRef, panelWidth] = useElementWidth<HTMLDivElement>(0);
  const layout = useMemo(() => diagramLayout([drawnInputs?.length ?? FEATURE_NAMES.length, ...widths], presentation, panelWidth), [sizesKey, presentation, panelWidth]); // eslint-disable-line react-hooks/exhaustive-deps
  const weights = weightsMatching(inputSlots.length, widths, pictures?.weights);
  const current = weights ? pictures : null;
  const links = useMemo(() => (weights ? buildLinks(layout, inputSlots, inputNames, weights) : []), [layout, weights, sizesKey]); // eslint-disable-line react-hooks/exhaustive-deps
  // What each column's values mean, for colouring: dropout and batch norm pass on the layer before.
  let previous = 'linear';
  const activations = [...network.hidden.map((l) => (previous = l.kind === 'dense' ? l.activation : l.kind === 'batchNorm' ? 'linear' : previous)), network.outputActivation];
  const hiddenCount = network.hidden.length;

  return (
    <section className="panel network-panel" aria-labelledby="network-heading">
      <div className="panel-title-row">
        <h2 id="network-heading">
          {hiddenCount} hidden layer{hiddenCount === 1 ? '' : 's'}
        </h2>
        {!layersControl.hidden && (
        <button type="button" onClick={addLayer} disabled={hiddenCount >= LIMITS.hiddenLayers.max || layersControl.locked} title={layersControl.lockReason}>
          <span aria-hidden="true">+</span> Add layer
        </button>
        )}
      </div>
      <NetworkScroll scrollRef={scrollRef} cueTop={layout.headerHeight}>
        <div className="network" style={{ width: layout.width, height: layout.height }} data-testid="network-diagram" data-layers={hiddenCount}>
          <LinksCanvas links={links} width={layout.width} height={layout.height} />
          <div className="column-header features-header" style={columnBox(layout, 0)}>
            <div className="column-title">{tableInputs ? 'Inputs' : 'Features'}</div>
            <p className="hint">{tableInputs ? 'Columns of the table' : 'Which properties go in?'}</p>
          </div>
          {drawnInputs && trainingData && <TableInputs names={drawnInputs} plane={trainingData.plane} layout={layout} />}
          {[tableInputs?.length ?? 0, ...trueWidths].map((total, c) => {
            const column = layout.columns[c];
            const hidden = total - (column?.length ?? 0);
            if (hidden <= 0 || !column?.length) return null;
            const last = column[column.length - 1];
            return (
              <p key={`more${c}`} className="more-neurons" style={{ ...columnBox(layout, c), top: last.y + layout.neuronSize + 2 }}>
                + {hidden} more
              </p>
            );
          })}
          {!tableInputs && FEATURE_NAMES.map((feature, i) => {
            const position = layout.columns[0][i];
            const on = network.features.includes(feature);
            return (
              <label key={feature} className={`feature${on ? '' : ' off'}`} style={{ left: 4, top: position.y, height: layout.neuronSize }}>
                <input
                  type="checkbox"
                  className={featuresControl.hidden ? 'visually-hidden' : undefined}
                  checked={on}
                  disabled={featuresControl.locked || featuresControl.hidden}
                  title={featuresControl.lockReason}
                  aria-label={`Feature ${FEATURE_LABELS[feature]}`}
                  onChange={(e) => toggleFeature(feature, e.target.checked)}
                />
                <span className="feature-symbol">{FEATURE_SYMBOLS[feature]}</span>
                <NeuronPicture
                  layerValues={FEATURE_PICTURES[feature]}
                  index={0}
                  gridSize={FEATURE_PICTURE_GRID}
                  activation="linear"
                  x={position.x - 4}
                  y={0}
                  size={layout.neuronSize}
                  title={`Input ${FEATURE_LABELS[feature]}`}
                  dimmed={!on}
                />
              </label>
            );
          })}
          {network.hidden.map((layer, l) => (
            <div key={l} className="column-header" style={columnBox(layout, l + 1)}>
              <LayerHeader layer={layer} index={l} />
            </div>
          ))}
          <div className="column-header" style={columnBox(layout, hiddenCount + 1)}>
            <OutputHeader />
          </div>
          {layout.columns.slice(1).map((column, l) =>
            column.map((position, j) => (
              <NeuronPicture
                key={`${l}-${j}`}
                layerValues={current?.layerActivations[l] ?? null}
                index={j}
                gridSize={current?.neuronGridSize ?? 1}
                activation={activations[l]}
                x={position.x}
                y={position.y}
                size={layout.neuronSize}
                title={`${l === hiddenCount ? `Output ${j + 1}` : `Layer ${l + 1}, neuron ${j + 1}`}${weights && !weights[l].identity ? `, bias ${weights[l].bias[j].toFixed(3)}` : ''}`}
              />
            )),
          )}
          <InspectedRing layout={layout} inspected={inspected} />
        </div>
      </NetworkScroll>
      <NeuronInspector widths={widths} weights={weights} inputNames={inputNames} inspected={inspected} onInspect={setInspected} />
      <LayerDetails />
    </section>
  );
}
