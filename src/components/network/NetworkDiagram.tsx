import { useEffect, useMemo, useRef, useState } from 'react';
import { FEATURE_LABELS } from '../../shared/displayNames';
import type { ParameterRef } from '../../shared/engineTypes';
import { drawnWidth, FEATURE_NAMES, IMAGE_SHAPES, isImageDataset, isSequenceDataset, isTableDataset, LIMITS, problemTypeOf } from '../../shared/spec';
import { selectPictures, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { columnActivations, layerWidths } from './columns';
import { columnBox, diagramLayout } from './diagramLayout';
import { NetworkScroll } from './NetworkScroll';
import { useElementWidth } from '../compare/useElementWidth';
import { FeatureInputs } from './FeatureInputs';
import { LayerDetails } from './LayerDetails';
import { LayerHeader } from './LayerHeader';
import { LinksCanvas } from './LinksCanvas';
import { buildLinks, weightsMatching } from './networkLinks';
import { InspectedRing, NeuronInspector } from './NeuronInspector';
import type { NeuronRef } from './neuronInspection';
import { NeuronPicture } from './NeuronPicture';
import { OutputHeader } from './OutputHeader';
import { TableInputs } from './TableInputs';
import { usePlanePreview } from '../useDataPreview';
import { useControl } from '../classroom/useControl';
import { classColor, classColorTable } from '../../charts/colorScale';
import { classNameOf } from '../output/classNames';
import { ClassUnitNames } from './ClassUnitNames';
import { ImageCanvas } from '../images/ImageCanvas';
import { LinkWeightEditor } from './LinkWeightEditor';
import { useDiagramPreview } from './useDiagramPreview';
import { featureMapsByColumn } from './featureMapPictures';

/** Inputs → hidden layers → output, left to right; every neuron drawn as its picture over the plane. */
export function NetworkDiagram() {
  const spec = usePlayground(selectSpec);
  const { network } = spec;
  const pictures = usePlayground(selectPictures);
  const addLayer = usePlayground((s) => s.addLayer);
  const layersControl = useControl('layers');
  const planePreview = usePlanePreview();
  const [inspected, setInspected] = useState<NeuronRef | null>(null);
  const [edited, setEdited] = useState<ParameterRef | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const preview = useDiagramPreview(inspected);
  const tableInputs = isTableDataset(spec.data.dataset) ? (spec.data.table?.inputs ?? []) : null;
  // An image goes in whole: one input, its (single, grey) channel, drawn as one slot.
  const imageShape = isImageDataset(spec.data.dataset) ? IMAGE_SHAPES[spec.data.dataset] : null;
  // A sequence goes in step by step: the inputs drawn are what one step holds.
  const sequence = isSequenceDataset(spec.data.dataset) ? { steps: spec.data.window, inputs: spec.data.dataset === 'memory' ? ['Symbol A', 'Symbol B', 'Symbol C', 'Symbol D'] : ['Value'] } : null;
  const namedInputs = tableInputs ?? (imageShape ? ['Image'] : (sequence?.inputs ?? null));
  const trueWidths = layerWidths(spec);
  // Wide layers show their first neurons only (and say how many more there are).
  const widths = trueWidths.map(drawnWidth);
  const drawnInputs = namedInputs?.slice(0, drawnWidth(namedInputs.length));
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
  const activations = columnActivations(network);
  const mapPictures = useMemo(() => featureMapsByColumn(pictures?.images?.featureMaps), [pictures?.images?.featureMaps]);
  const hiddenCount = network.hidden.length;
  // Softmax units stand for classes: each is framed, scaled and named in its class's colour.
  const classUnits = problemTypeOf(spec.data) === 'classification' && widths[hiddenCount] > 1;
  const unitClass = (l: number, j: number) => (classUnits && l === hiddenCount ? j : null);
  /** "Layer 2, neuron 3, bias 0.120", "Output 1 (class 0), bias …": what a picture's title says. */
  const neuronTitle = (l: number, j: number) => {
    const name = l === hiddenCount ? `Output ${j + 1}` : `Layer ${l + 1}, neuron ${j + 1}`;
    const className = unitClass(l, j) !== null ? ` (${classNameOf(spec.data, j)})` : '';
    const bias = weights && !weights[l].identity ? `, bias ${weights[l].bias[j].toFixed(3)}` : '';
    return name + className + bias;
  };
  // Another shape of network has other links: an open editor would point at a weight that is gone.
  useEffect(() => setEdited(null), [sizesKey]);
  // A link is clicked, not focused: closing its editor hands focus back to the diagram's panel
  // rather than dropping it to the page's start.
  const closeEditor = () => {
    setEdited(null);
    panelRef.current?.focus({ preventScroll: true });
  };

  return (
    <section ref={panelRef} className="panel network-panel" aria-labelledby="network-heading" tabIndex={-1}>
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
        <div
          className="network"
          style={{ width: layout.width, height: layout.height }}
          data-testid="network-diagram"
          data-layers={hiddenCount}
          {...preview}
        >
          <LinksCanvas links={links} width={layout.width} height={layout.height} onEditLink={(link) => setEdited(link?.ref ?? null)} />
          <div className="column-header features-header" style={columnBox(layout, 0)}>
            <div className="column-title">{imageShape || sequence ? 'Input' : tableInputs ? 'Inputs' : 'Features'}</div>
            <p className="hint">
              {imageShape
                ? `${imageShape[0]}×${imageShape[1]} grey image`
                : sequence
                  ? `${sequence.steps} steps, one at a time`
                  : tableInputs
                    ? 'Columns of the table'
                    : 'Which properties go in?'}
            </p>
          </div>
          {tableInputs && drawnInputs && planePreview && <TableInputs names={drawnInputs} plane={planePreview.plane} layout={layout} />}
          {[namedInputs?.length ?? 0, ...trueWidths].map((total, c) => {
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
          {!namedInputs && <FeatureInputs layout={layout} />}
          {imageShape && pictures?.images && layout.columns[0]?.[0] && (
            <div className="feature image-input" style={{ left: 4, top: layout.columns[0][0].y - 8 }}>
              <ImageCanvas values={pictures.images.input} width={imageShape[1]} height={imageShape[0]} size={layout.neuronSize + 16} paint={{ kind: 'grey', max: 1 }} label="The image going in" />
            </div>
          )}
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
                layerValues={current?.layerActivations[l] ?? mapPictures.get(l)?.values ?? null}
                index={j}
                gridSize={current?.layerActivations[l] ? current.neuronGridSize : (mapPictures.get(l)?.size ?? 1)}
                activation={activations[l]}
                x={position.x}
                y={position.y}
                size={layout.neuronSize}
                title={neuronTitle(l, j)}
                neuron={`${l}:${j}`}
                accent={unitClass(l, j) !== null ? classColor(j) : undefined}
                colorTable={unitClass(l, j) !== null ? classColorTable(j) : undefined}
              />
            )),
          )}
          {classUnits && <ClassUnitNames layout={layout} column={hiddenCount + 1} data={spec.data} />}
          <InspectedRing layout={layout} inspected={inspected} />
          {edited && <LinkWeightEditor parameter={edited} links={links} weights={weights} widths={widths} inputNames={inputNames} layout={layout} onClose={closeEditor} />}
        </div>
      </NetworkScroll>
      <NeuronInspector widths={widths} weights={weights} inputNames={inputNames} inspected={inspected} onInspect={setInspected} />
      <LayerDetails />
    </section>
  );
}
