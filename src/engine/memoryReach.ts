import * as tf from '@tensorflow/tfjs-core';
import { memorySequences, oneHotSymbols } from '../data/sequences/sequenceData';
import { MEMORY_ALPHABET } from '../shared/characters';
import type { LayerKind } from '../shared/layers/registry';
import type { MemoryReach } from '../shared/sequencePictures';
import { answerOf, finalOutput, forward } from './model';
import type { Trainer } from './trainer';

/** Fresh sequences per length: accuracy to about ±6 % at chance, and cheap enough to redo with every picture. */
export const REACH_SEQUENCES = 64;
/** At most this many lengths are tried (every length up to twice a window of 12; a wider step beyond). */
const REACH_POINTS = 24;
/** Not the data seed's sequences: the reach is measured on sequences the network never trained on. */
const REACH_SEED = 90_001;

/**
 * Layers that read a sequence of any length: recurrent layers loop over however many steps come,
 * and dense, dropout and batch norm act on the last axis. A stack with anything else (Flatten, say)
 * is tied to its window, and gets no reach.
 */
const READS_ANY_LENGTH: Record<LayerKind, boolean> = {
  simpleRnn: true,
  lstm: true,
  gru: true,
  dense: true,
  dropout: true,
  batchNorm: true,
  conv2d: false,
  maxPool2d: false,
  averagePool2d: false,
  flatten: false,
  globalAveragePooling2d: false,
};

/**
 * The lengths T tried for a network trained on `window` steps: up to twice the window (at most 40
 * beyond it), every length while that makes at most REACH_POINTS of them, so that a network whose
 * state flips sign at every step shows as the zigzag it is; ascending, the window among them.
 */
export function reachLengths(window: number): number[] {
  const longest = Math.max(2, Math.min(2 * window, window + 40));
  const step = Math.ceil(longest / REACH_POINTS);
  const lengths = new Set<number>([window]);
  // From 2: with T = 1 the cue is the last step itself, a case no longer window ever trains.
  for (let length = Math.max(2, step); length <= longest; length += step) lengths.add(length);
  return [...lengths].sort((a, b) => a - b);
}

/**
 * The notes' "long-term dependencies" made visible: for each T, the share of fresh sequences (cue,
 * then T − 1 fillers) that the network answers right. An LSTM that learned the task stays near 100 %
 * to T and often beyond; a SimpleRNN falls to chance (50 %) as T grows.
 */
export function memoryReach(trainer: Trainer): MemoryReach | null {
  const { spec } = trainer;
  if (spec.data.dataset !== 'memory' || !spec.network.hidden.every((layer) => READS_ANY_LENGTH[layer.kind])) return null;
  const lengths = reachLengths(spec.data.window);
  const right = tf.tidy(() =>
    tf.stack(
      lengths.map((length) => {
        const { symbols, labels } = memorySequences(REACH_SEQUENCES, length, REACH_SEED + length);
        const x = tf.tensor3d(oneHotSymbols(symbols), [REACH_SEQUENCES, length, MEMORY_ALPHABET.length]);
        const guesses = trainer.predictedClasses(answerOf(finalOutput(forward(trainer.built.layers, x))));
        return tf.sum(tf.cast(tf.equal(guesses, tf.tensor1d(Int32Array.from(labels), 'int32')), 'float32'));
      }),
    ),
  );
  const counts = right.dataSync();
  right.dispose();
  return { lengths, accuracy: Array.from(counts, (count) => count / REACH_SEQUENCES), window: spec.data.window, sequences: REACH_SEQUENCES };
}
