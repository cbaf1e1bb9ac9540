import type { DataSpec } from '../../shared/spec';

/** What to call class k: the table's own label when there is one, else "class k". */
export function classNameOf(data: DataSpec, k: number): string {
  return data.table?.classNames?.[k] ?? `class ${k}`;
}
