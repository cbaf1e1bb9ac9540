import { usePlayground } from '../../store/store';

/** Larger text and thicker lines for a classroom projector; the choice survives a reload. */
export function PresentationToggle() {
  const presentation = usePlayground((s) => s.presentation);
  const setPresentation = usePlayground((s) => s.setPresentation);
  return (
    <button
      type="button"
      className="header-button"
      aria-pressed={presentation}
      onClick={() => setPresentation(!presentation)}
      title="Larger text and thicker lines, for a projector"
    >
      Presentation mode
    </button>
  );
}
