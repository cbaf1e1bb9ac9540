import { FEATURE_SYMBOLS } from '../../data/features';
import { FEATURE_LABELS } from '../../shared/displayNames';
import { ONE_INPUT_REASON, X2_FEATURES, x2IsUnused } from '../../shared/fitInputs';
import { FEATURE_NAMES } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { useControl } from '../classroom/useControl';
import type { DiagramLayout } from './diagramLayout';
import { FEATURE_PICTURE_GRID, FEATURE_PICTURES } from './featurePictures';
import { NeuronPicture } from './NeuronPicture';

/** The input column for the plane's data: every feature, each with its check box and its picture. */
export function FeatureInputs({ layout }: { layout: DiagramLayout }) {
  const spec = usePlayground(selectSpec);
  const toggleFeature = usePlayground((s) => s.toggleFeature);
  const featuresControl = useControl('features');
  const x2Unused = x2IsUnused(spec.data);
  return FEATURE_NAMES.map((feature, i) => {
    const position = layout.columns[0][i];
    const on = spec.network.features.includes(feature);
    // On one-input data an x2 feature is all zeros: not offered, and it says why. Still
    // focusable (aria-disabled, not disabled) so that a keyboard can reach the reason.
    const unused = x2Unused && X2_FEATURES.includes(feature);
    return (
      <label key={feature} className={`feature${on ? '' : ' off'}${unused ? ' unused' : ''}`} style={{ left: 4, top: position.y, height: layout.neuronSize }}>
        <input
          type="checkbox"
          className={featuresControl.hidden ? 'visually-hidden' : undefined}
          checked={on}
          disabled={featuresControl.locked || featuresControl.hidden}
          title={featuresControl.lockReason}
          aria-label={`Feature ${FEATURE_LABELS[feature]}`}
          aria-disabled={unused || undefined}
          aria-describedby={unused ? `${feature}-unused` : undefined}
          onChange={(e) => unused || toggleFeature(feature, e.target.checked)}
        />
        {unused && (
          <span role="tooltip" id={`${feature}-unused`} className="feature-tip">
            {ONE_INPUT_REASON}
          </span>
        )}
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
  });
}
