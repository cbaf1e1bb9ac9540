/**
 * One style per overlaid run, told apart by dash pattern as well as colour, so the curves stay
 * distinct in greyscale, on a washed-out projector and for colour-blind readers. Colours are the
 * Okabe–Ito set, darkened where needed for 4.5:1 against white (they also colour the end labels).
 */
export interface LineStyle {
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  /** The pattern in words, for the legend's text alternative. */
  pattern: string;
}

export const LINE_STYLES: readonly LineStyle[] = [
  { color: '#0072b2', dash: '', pattern: 'solid' },
  { color: '#c05000', dash: '9 4', pattern: 'dashed' },
  { color: '#007a5a', dash: '1.5 3.5', pattern: 'dotted' },
  { color: '#aa3377', dash: '10 3 2 3', pattern: 'dash-dot' },
  { color: '#1b1f24', dash: '16 4', pattern: 'long dashes' },
  { color: '#8a6d00', dash: '4 2 1.5 2 1.5 2', pattern: 'dash-dot-dot' },
];

export const lineStyleAt = (index: number): LineStyle => LINE_STYLES[index % LINE_STYLES.length];
