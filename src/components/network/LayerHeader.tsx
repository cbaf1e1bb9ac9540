import type { LayerSpec } from '../../shared/spec';
import { usePlayground } from '../../store/store';
import { useControl } from '../classroom/useControl';
import { panelOf } from './layerKinds/layerPanels';

interface LayerHeaderProps {
  layer: LayerSpec;
  /** 0-based; shown and named 1-based, as a learner counts hidden layers. */
  index: number;
}

/** Above a layer's column: its number, its remove button, and its kind's glyph and quick controls. */
export function LayerHeader({ layer, index }: LayerHeaderProps) {
  const n = index + 1;
  const removeLayer = usePlayground((s) => s.removeLayer);
  const layersControl = useControl('layers');
  const { Header } = panelOf(layer);
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
      <Header layer={layer} index={index} />
    </div>
  );
}
