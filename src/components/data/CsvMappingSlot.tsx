import { lazy } from 'react';
import { usePlayground } from '../../store/store';
import { LazyPart } from '../layout/LazyPart';

// Most visitors never upload a file: the column mapping's code loads once one has been read.
const CsvMapping = lazy(() => import('./CsvMapping').then((module) => ({ default: module.CsvMapping })));

/** Where the column mapping appears after a CSV file is read. */
export function CsvMappingSlot() {
  const uploaded = usePlayground((s) => s.upload !== null);
  if (!uploaded) return null;
  return (
    <LazyPart name="The column mapping" loading={<p className="panel hint">Loading the column mapping…</p>}>
      <CsvMapping />
    </LazyPart>
  );
}
