import type { DataPreview } from '../../shared/dataContract';

/** What one example of a preview is called: a point, an image, a window of a series or text, a sequence. */
const EXAMPLE_NAMES: Record<DataPreview['kind'], string> = { plane: 'points', images: 'images', series: 'windows', text: 'windows', symbols: 'sequences' };

/** "250 training and 250 test points", "1,438 training and 359 test images": what each figure is over. */
export function setsInWords(preview: DataPreview | null): string | null {
  if (!preview) return null;
  const count = (n: number) => n.toLocaleString('en-US');
  return `Mean loss per example, over all ${count(preview.trainCount)} training and ${count(preview.testCount)} test ${EXAMPLE_NAMES[preview.kind]}, after the last epoch.`;
}
