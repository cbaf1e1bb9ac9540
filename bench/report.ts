export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export interface Row {
  figure: string;
  value: number | string | null;
  unit: string;
  target?: string;
  met?: boolean;
}

export function formatTable(rows: Row[]): string {
  const cells = rows.map((row) => [
    row.figure,
    row.value === null ? 'n/a' : typeof row.value === 'number' ? round(row.value) : row.value,
    row.unit,
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'met' : 'MISSED',
  ]);
  const header = ['figure', 'median', 'unit', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c: Array<string | number>) => c.map((v, i) => String(v).padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

function round(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
