import type { InitializerName } from '../../shared/spec';


export const INITIALIZER_LABELS: Record<InitializerName, string> = {
  glorot: 'Glorot uniform',
  he: 'He normal',
  uniform01: 'Uniform 0 to 1',
  zeros: 'Zeros',
};

export function optionsOf<T extends string>(labels: Record<T, string>, only?: readonly T[]) {
  return (Object.keys(labels) as T[]).filter((key) => !only || only.includes(key)).map((value) => ({ value, label: labels[value] }));
}

/** Loss read-outs: a plain number, never "NaN" or a 90-digit figure. */
export function formatLoss(value: number | undefined): string {
  if (value === undefined) return '–';
  if (!Number.isFinite(value)) return 'diverged';
  if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
  if (Math.abs(value) >= 1e6) return value.toExponential(2);
  return value.toFixed(4);
}

export function formatAccuracy(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(3);
}
