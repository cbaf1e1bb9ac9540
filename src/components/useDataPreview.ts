import type { DataPreview } from '../shared/dataContract';
import { usePlayground } from '../store/store';

/** What the worker says the data looks like; null until it has built the rows. */
export function useDataPreview(): DataPreview | null {
  return usePlayground((s) => s.dataPreview);
}

/** The preview of points over a plane (generated data and tables), or null for other data. */
export function usePlanePreview(): Extract<DataPreview, { kind: 'plane' }> | null {
  const preview = useDataPreview();
  return preview?.kind === 'plane' ? preview : null;
}
