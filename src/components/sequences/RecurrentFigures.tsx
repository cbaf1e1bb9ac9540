import { MatrixCanvas } from '../../charts/MatrixCanvas';
import type { RecurrentTrace } from '../../shared/sequencePictures';

/** Cells are wide enough for a sequence to span about 220 pixels, and short, so that four gates fit. */
const cellWidth = (steps: number) => Math.min(16, Math.max(2, Math.floor(220 / steps)));
const CELL_HEIGHT = 4;
/** Rows drawn per layer: the first units of a wide layer (the figure says how many). */
const MAX_ROWS = 32;

const firstRows = (values: Float32Array, units: number, steps: number) => values.subarray(0, Math.min(units, MAX_ROWS) * steps);
const shownUnits = (trace: RecurrentTrace) => Math.min(trace.units, MAX_ROWS);
const cellStateScale = (values: Float32Array) => {
  const top = values.reduce((m, v) => Math.max(m, Math.abs(v)), 1e-6);
  return (value: number) => value / top;
};

interface RecurrentFiguresProps {
  traces: RecurrentTrace[];
  layerNames: string[];
}

/**
 * What each recurrent layer holds at every step of the chosen sequence: the hidden state (units ×
 * time, orange negative, blue positive), and for LSTM and GRU the gates that decide what is kept.
 */
export function RecurrentFigures({ traces, layerNames }: RecurrentFiguresProps) {
  if (traces.length === 0) return <p className="hint">No recurrent layer to show (layers over 128 units are not traced).</p>;
  const gated = traces.filter((trace) => trace.gates.length > 0);
  return (
    <div className="recurrent-figures">
      <figure aria-label="Hidden state over time" className="recurrent-figure">
        <figcaption>Hidden state over time: one row per unit, one column per step (left is the sequence’s start).</figcaption>
        {traces.map((trace) => (
          <div key={trace.layer} className="trace-row">
            <span className="trace-name">
              {layerNames[trace.layer]}
              {trace.units > MAX_ROWS ? ` (first ${MAX_ROWS} of ${trace.units} units)` : ''}
            </span>
            <MatrixCanvas
              values={firstRows(trace.hidden, trace.units, trace.steps)}
              rows={shownUnits(trace)}
              columns={trace.steps}
              cellWidth={cellWidth(trace.steps)}
              cellHeight={CELL_HEIGHT}
              label={`${layerNames[trace.layer]}: hidden state of ${shownUnits(trace)} units over ${trace.steps} steps`}
            />
          </div>
        ))}
      </figure>
      <figure aria-label="Gates over time" className="recurrent-figure">
        <figcaption>
          Gates over time: white is closed (0), blue open (1). An LSTM’s forget gate near 1 keeps its cell state; a GRU’s update gate near 1 keeps its hidden state.
        </figcaption>
        {gated.length === 0 && <p className="hint">A SimpleRNN has no gates: it rewrites its whole state at every step.</p>}
        {gated.map((trace) => (
          <div key={trace.layer} className="gate-grid">
            <span className="trace-name">{layerNames[trace.layer]}</span>
            {trace.gates.map((gate) => (
              <div key={gate.name} className="trace-row">
                <span className="gate-name">{gate.name}</span>
                <MatrixCanvas
                  values={firstRows(gate.values, trace.units, trace.steps)}
                  rows={shownUnits(trace)}
                  columns={trace.steps}
                  cellWidth={cellWidth(trace.steps)}
              cellHeight={CELL_HEIGHT}
                  toSigned={gate.name === 'cell state' ? cellStateScale(gate.values) : undefined}
                  label={`${layerNames[trace.layer]}: ${gate.name} over ${trace.steps} steps`}
                />
              </div>
            ))}
          </div>
        ))}
      </figure>
    </div>
  );
}
