import { scaleLog } from 'd3-scale';
import { selectPictures, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';

const WIDTH = 150;
/** After divergence the figures are not numbers any more: say so rather than print "NaN". */
const readable = (value: number, format: (v: number) => string) => (Number.isFinite(value) ? format(value) : 'diverged');
const GRADIENT_SCALE = scaleLog().domain([1e-6, 1]).range([0, WIDTH]).clamp(true);

/**
 * Per layer, how much its weights are told to change (mean |gradient|, log scale) and how spread
 * its outputs are: a deep sigmoid network shows its first layers starving here.
 */
export function GradientHealth() {
  const health = usePlayground((s) => selectPictures(s)?.health ?? null);
  const hidden = usePlayground((s) => selectSpec(s).network.hidden);
  if (!health || health.length !== hidden.length + 1) return null;
  return (
    <section className="gradient-health" aria-label="Gradients per layer">
      <h3>Learning signal per layer</h3>
      <p className="hint">Bar: mean |gradient| of the layer's weights (log scale, 10⁻⁶ to 1). σ: spread of its outputs.</p>
      <ul>
        {health.map((layer, i) => (
          <li key={i}>
            <span className="health-name">{i === hidden.length ? 'Output' : `Layer ${i + 1}`}</span>
            {layer.meanAbsGradient === null ? (
              <span className="health-bar-none">no weights</span>
            ) : (
              <svg width={WIDTH} height={10} aria-hidden="true">
                <rect width={WIDTH} height={10} className="health-track" />
                <rect width={Number.isFinite(layer.meanAbsGradient) ? GRADIENT_SCALE(Math.max(layer.meanAbsGradient, 1e-12)) : 0} height={10} className="health-bar" />
              </svg>
            )}
            <span className="health-value">{layer.meanAbsGradient === null ? '' : readable(layer.meanAbsGradient, (v) => v.toExponential(1))}</span>
            <span className="health-value">σ {readable(layer.activationStd, (v) => v.toFixed(2))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
