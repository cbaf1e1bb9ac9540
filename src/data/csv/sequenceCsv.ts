import Papa from 'papaparse';
import { CHARACTER_ALPHABET, MEMORY_ALPHABET, shownCharacter } from '../../shared/characters';
import type { DataSpec, SequenceDatasetName } from '../../shared/spec';
import { trainCount } from '../../shared/trainCount';
import { CHARACTER_TEXT } from '../sequences/characters';
import { forecastSeries, isForecast, memorySequences, SUNSPOT_SCALE } from '../sequences/sequenceData';
import { SUNSPOTS_FIRST_YEAR } from '../sequences/sunspotsData';

const csv = (fields: string[], rows: Array<Array<string | number>>) => Papa.unparse({ fields, data: rows }, { newline: '\n' });

/**
 * A sequence dataset as CSV, as the page builds it from the spec: a forecast's series one step a
 * row (in its own units, with the part whose targets it is in: the first window's steps are only
 * ever inputs), the memory task one sequence a row, the text one character a row.
 */
export function sequenceDataToCsv(data: DataSpec, dataset: SequenceDatasetName): string {
  if (isForecast(dataset)) {
    const series = forecastSeries(dataset, data.numPoints + data.window, data.noise, data.dataSeed);
    const windows = Math.max(0, series.length - data.window);
    const testFrom = data.window + trainCount(windows, data.trainPercent);
    const sunspots = dataset === 'sunspots';
    const scale = sunspots ? SUNSPOT_SCALE : 1;
    const part = (step: number) => (step < data.window ? 'input only' : step < testFrom ? 'train' : 'test');
    return csv(
      [sunspots ? 'year' : 'step', sunspots ? 'sunspots' : 'value', 'split'],
      Array.from(series, (value, step) => [(sunspots ? SUNSPOTS_FIRST_YEAR : 0) + step, Number((value * scale).toPrecision(6)), part(step)]),
    );
  }
  if (dataset === 'memory') {
    const { symbols, labels } = memorySequences(data.numPoints, data.window, data.dataSeed);
    const train = trainCount(data.numPoints, data.trainPercent);
    return csv(
      ['sequence', 'symbols', 'first', 'split'],
      Array.from(labels, (label, i) => [i + 1, Array.from(symbols.subarray(i * data.window, (i + 1) * data.window), (s) => MEMORY_ALPHABET[s]).join(''), MEMORY_ALPHABET[label], i < train ? 'train' : 'test']),
    );
  }
  const windows = Math.max(0, CHARACTER_TEXT.length - data.window);
  const testFrom = data.window + trainCount(windows, data.trainPercent);
  // Spaces and line breaks as the page shows them (␣, ↵): a bare space does not survive a spreadsheet.
  return csv(
    ['position', 'character', 'one_hot_index', 'split'],
    Array.from(CHARACTER_TEXT, (char, i) => [i, shownCharacter(char), CHARACTER_ALPHABET.indexOf(char), i < data.window ? 'input only' : i < testFrom ? 'train' : 'test']),
  );
}
