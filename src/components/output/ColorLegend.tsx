import { classColor, colorOf } from '../../charts/colorScale';

interface ColorLegendProps {
  /** What the coloured values are: the output's activation, or the shown neuron's. */
  activation: string;
  /** A softmax output's class count (its picture is coloured by class), else 0. */
  classes: number;
  /** The class a single softmax unit stands for, when its picture is the one shown. */
  unitClass: number | null;
  discretize: boolean;
}

interface Stop {
  color: string;
  label: string;
}

const BOUNDED = new Set(['tanh', 'sigmoid', 'softmax']);

function stopsFor({ activation, classes, unitClass, discretize }: ColorLegendProps): { stops: Stop[]; words: string } {
  if (unitClass !== null) {
    return { stops: [{ color: '#ffffff', label: '0' }, { color: classColor(unitClass), label: '1' }], words: `probability of this class, white at 0 to its colour at 1` };
  }
  if (classes > 1) {
    const unsure = (1 / classes).toFixed(2);
    if (discretize) return { stops: [], words: 'each point in the colour of its most likely class' };
    return { stops: [{ color: '#eeeeee', label: unsure }, { color: '#555555', label: '1' }], words: `the most likely class's colour, paler where its probability is near ${unsure} and full at 1` };
  }
  const zeroOne = activation === 'sigmoid';
  const [low, mid, high] = zeroOne ? ['0', '0.5', '1'] : ['−1', '0', '1'];
  const open = !BOUNDED.has(activation);
  const lowLabel = open ? `≤ ${low}` : low;
  const highLabel = open ? `≥ ${high}` : high;
  if (discretize) {
    return {
      stops: [{ color: colorOf(-1), label: `below ${mid}` }, { color: colorOf(1), label: `above ${mid}` }],
      words: `orange below ${mid}, blue above ${mid}`,
    };
  }
  return {
    stops: [{ color: colorOf(-1), label: lowLabel }, { color: colorOf(0), label: mid }, { color: colorOf(1), label: highLabel }],
    words: `orange at ${lowLabel}, pale grey at ${mid}, blue at ${highLabel}`,
  };
}

/** Which value each colour of the picture stands for, with the numbers at its ends and middle. */
export function ColorLegend(props: ColorLegendProps) {
  const { stops, words } = stopsFor(props);
  if (stops.length === 0) return <p className="hint color-legend-words">Colour: {words}.</p>;
  const hard = props.discretize && props.unitClass === null;
  const background = hard
    ? `linear-gradient(to right, ${stops[0].color} 50%, ${stops[1].color} 50%)`
    : `linear-gradient(to right, ${stops.map((s) => s.color).join(', ')})`;
  return (
    <div className="color-legend" role="img" aria-label={`Colour scale: ${words}`}>
      <span className="color-legend-bar" style={{ background }} />
      <span className={`color-legend-labels${stops.length === 3 ? ' three' : ''}`} aria-hidden="true">
        {stops.map((stop) => (
          <span key={stop.label}>{stop.label}</span>
        ))}
      </span>
    </div>
  );
}
