/** A piece of lesson text: plain words, or a glossary word with the words shown for it. */
export type TextPiece = { text: string } | { term: string; text: string };

const MARK = /\[\[([A-Za-z]+)(?:\|([^\]]+))?\]\]/g;

/** Splits "a [[neuron]] adds [[weight|weights]]" into plain and glossary pieces. */
export function splitGlossaryText(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ term: match[1], text: match[2] ?? match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

export const glossaryMarks = (text: string) =>
  splitGlossaryText(text).filter((piece): piece is { term: string; text: string } => 'term' in piece);
