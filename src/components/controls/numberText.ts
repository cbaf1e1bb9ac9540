/** What a number field accepts: its range, whole numbers only or not, and whether empty means something. */
export interface NumberRules {
  min: number;
  max: number;
  integer?: boolean;
  /** When set, an empty field is valid and means null (e.g. "unlimited" epochs). */
  emptyMeans?: string;
}

export type ReadNumber = { ok: true; value: number | null } | { ok: false; problem: string };

/** The range as a learner reads it: "Between 1 and 512", "A whole number between 0 and 10". */
export function rangeText({ min, max, integer, emptyMeans }: NumberRules): string {
  const range = `${integer ? 'A whole number between' : 'Between'} ${formatBound(min)} and ${formatBound(max)}`;
  return emptyMeans ? `${range}, or empty for ${emptyMeans}` : range;
}

// 2147483647 reads better as 2,147,483,647; 0.000001 and 1e-10 are kept as JavaScript writes them.
function formatBound(value: number): string {
  return Math.abs(value) >= 10_000 ? value.toLocaleString('en-US') : String(value);
}

/**
 * Reads a field's text: a value within the rules, or the sentence that refuses it. The refusal names
 * the whole range, so that a learner who typed 600 units learns that 512 is the most, not only that
 * 600 is too many.
 */
export function readNumberText(text: string, rules: NumberRules): ReadNumber {
  const trimmed = text.trim();
  if (trimmed === '') return rules.emptyMeans ? { ok: true, value: null } : { ok: false, problem: `Enter a number: ${lower(rangeText(rules))}` };
  const value = Number(trimmed);
  const fits = Number.isFinite(value) && (!rules.integer || Number.isInteger(value)) && value >= rules.min && value <= rules.max;
  return fits ? { ok: true, value } : { ok: false, problem: rangeText(rules) };
}

const lower = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);
