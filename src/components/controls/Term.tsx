import { useId, type ReactNode } from 'react';

/** A word with a short explanation shown on hover or keyboard focus, and read by screen readers. */
export function Term({ children, explanation }: { children: ReactNode; explanation: string }) {
  const id = useId();
  return (
    <span className="term">
      <span className="term-word" tabIndex={0} aria-describedby={id}>
        {children}
      </span>
      <span role="tooltip" id={id} className="term-tip">
        {explanation}
      </span>
    </span>
  );
}

export { GLOSSARY } from '../../shared/glossary';
