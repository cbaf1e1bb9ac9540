import { GLOSSARY, isGlossaryTerm } from '../../shared/glossary';
import { splitGlossaryText } from '../../lessons/richText';
import { Term } from '../controls/Term';

/** Lesson text whose glossary words explain themselves on hover or keyboard focus. */
export function GlossaryText({ text }: { text: string }) {
  return (
    <>
      {splitGlossaryText(text).map((piece, i) =>
        'term' in piece && isGlossaryTerm(piece.term) ? (
          <Term key={i} explanation={GLOSSARY[piece.term]}>
            {piece.text}
          </Term>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
