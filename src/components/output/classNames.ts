import { CHARACTER_ALPHABET, MEMORY_ALPHABET, shownCharacter } from '../../shared/characters';
import { isImageDataset, type DataSpec } from '../../shared/spec';

/**
 * What to call class k: the table's own label when there is one; a digit's own number; the memory
 * task's cue ("A first"); the character itself for next-character prediction; else "class k".
 */
export function classNameOf(data: DataSpec, k: number): string {
  const label = data.table?.classNames?.[k];
  if (label !== undefined) return label;
  if (isImageDataset(data.dataset)) return String(k);
  if (data.dataset === 'memory' && k < 2) return `${MEMORY_ALPHABET[k]} first`;
  if (data.dataset === 'characters' && k < CHARACTER_ALPHABET.length) return shownCharacter(CHARACTER_ALPHABET[k]);
  return `class ${k}`;
}
