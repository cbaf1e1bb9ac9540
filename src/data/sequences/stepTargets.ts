/**
 * Targets at every step of windows from..to of a sequence that each window reads from its own start:
 * after step t of window i comes element i + t + 1 (the next value, or the next character).
 */
export function nextAtEveryStep(sequence: ArrayLike<number>, window: number, from: number, to: number): Float32Array {
  const targets = new Float32Array((to - from) * window);
  for (let i = from; i < to; i++) for (let t = 0; t < window; t++) targets[(i - from) * window + t] = sequence[i + t + 1];
  return targets;
}
