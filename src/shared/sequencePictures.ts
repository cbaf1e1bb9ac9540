/** What happens inside one recurrent layer over the chosen sequence, step by step. */
export interface RecurrentTrace {
  /** 0-based hidden layer index. */
  layer: number;
  kind: 'simpleRnn' | 'lstm' | 'gru';
  units: number;
  steps: number;
  /** The hidden state h after each step: units × steps, unit-major. */
  hidden: Float32Array;
  /** LSTM: input, forget and output gates and the cell state; GRU: update and reset gates. Each units × steps. */
  gates: Array<{ name: GateName; values: Float32Array }>;
}

export type GateName = 'input gate' | 'forget gate' | 'output gate' | 'cell state' | 'update gate' | 'reset gate';

/** Recurrent layers wider than this are not traced: their step-by-step maths would cost too much per picture. */
export const MAX_TRACED_UNITS = 128;

/** Pictures of a sequence network while it trains. */
export interface SequencePictures {
  /** The test sequence the traces follow. */
  index: number;
  traces: RecurrentTrace[];
  /** Forecasts: the one-step prediction for every window, in time order (training windows, then test). */
  predictions: Float32Array | null;
  /** Forecasts: from the start of the test part, each prediction fed back as the next input. */
  forecast: Float32Array | null;
  /** The network's outputs for the chosen sequence (class probabilities, or the next value). */
  output: Float32Array;
  /** Characters: text sampled from the network, starting from the first test window, at `temperature`. */
  sampled: { seed: string; text: string; temperature: number } | null;
  /** Memory task: the network's accuracy on fresh sequences whose cue lies T steps back, for several T. */
  reach: MemoryReach | null;
}

/** How far back the network remembers: accuracy on fresh memory-task sequences of each length. */
export interface MemoryReach {
  /** The sequence lengths T tried, ascending; the trained window is among them. */
  lengths: number[];
  /** Share of fresh sequences answered right, one per length. */
  accuracy: number[];
  /** The window the network trains on. */
  window: number;
  /** Sequences tried per length. */
  sequences: number;
}

/** Sampling temperature until the learner picks another: a little below 1 keeps words recognisable. */
export const DEFAULT_TEMPERATURE = 0.7;
/** Characters sampled per picture. */
export const SAMPLED_CHARACTERS = 120;

export function sequencePicturesTransferables(pictures: SequencePictures): ArrayBuffer[] {
  return [
    ...pictures.traces.flatMap((trace) => [trace.hidden.buffer as ArrayBuffer, ...trace.gates.map((gate) => gate.values.buffer as ArrayBuffer)]),
    ...(pictures.predictions ? [pictures.predictions.buffer as ArrayBuffer] : []),
    ...(pictures.forecast ? [pictures.forecast.buffer as ArrayBuffer] : []),
    pictures.output.buffer as ArrayBuffer,
  ];
}
