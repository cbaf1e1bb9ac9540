import type { MemoryReach } from '../../shared/sequencePictures';

/** A reach curve as the chart keeps it: which network it came from, and the latest figures. */
export interface ReachCurve {
  /** "LSTM 16 · trained on T = 40": the network's recurrent layers and its window. */
  label: string;
  reach: MemoryReach;
}

/** Curves kept from earlier networks, so a SimpleRNN's can be compared with the LSTM's that follows it. */
export const KEPT_CURVES = 3;

/**
 * The curves to draw, the current network's last: its latest reach replaces an earlier one of the
 * same label (the same network trained on), other networks' latest stay, at most KEPT_CURVES of them.
 */
export function keepCurve(curves: readonly ReachCurve[], current: ReachCurve): ReachCurve[] {
  const others = curves.filter((curve) => curve.label !== current.label);
  return [...others.slice(-KEPT_CURVES), current];
}

/** "100 % at T = 2, 98 % at T = 10, 52 % at T = 20": a curve in words for a screen reader. */
export function reachInWords(reach: MemoryReach): string {
  return reach.lengths.map((length, i) => `${Math.round(reach.accuracy[i] * 100)} % at T = ${length}`).join(', ');
}
