import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ControlId } from '../../shared/classroom';
import { useControl } from '../classroom/useControl';
import { readNumberText } from './numberText';

interface NumberFieldProps {
  label: string;
  value: number | null;
  min: number;
  max: number;
  step?: number | 'any';
  integer?: boolean;
  /** When set, an empty field is valid and means null (e.g. unlimited epochs). */
  emptyMeans?: string;
  onCommit(value: number | null): void;
  hideLabel?: boolean;
  className?: string;
  disabled?: boolean;
  /** The teacher-link control this field belongs to: hidden or locked with it. */
  control?: ControlId;
}

const textOf = (value: number | null) => (value === null ? '' : String(value));

/**
 * A number input that hands a value to the store on Enter or when focus leaves it, not on every
 * keystroke (each of which would rebuild the network, and "600" would pass through 6 and 60 on the
 * way). A value out of range is refused: it stays in the field, marked invalid with the range named,
 * until it is corrected; the last valid value stays in force meanwhile.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, step = 1, integer, emptyMeans, onCommit, hideLabel, className, disabled, control } = props;
  const id = useId();
  const [text, setText] = useState(textOf(value));
  // Set by a refused commit; the mark then follows the text until it is corrected.
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    setText(textOf(value));
    setRefused(false);
  }, [value]);
  const { hidden, locked, lockReason } = useControl(control);
  if (hidden) return null;
  const read = readNumberText(text, { min, max, integer, emptyMeans });
  const problem = refused && !disabled && !read.ok ? read.problem : null;
  const commit = () => {
    // An emptied field that needs a number was left, not answered: it shows the value in force again.
    if (!read.ok && text.trim() === '') return setText(textOf(value));
    if (!read.ok) return setRefused(true);
    setRefused(false);
    if (read.value !== value) onCommit(read.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
  };
  return (
    <div className={`field number-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={text}
        placeholder={emptyMeans}
        disabled={disabled || locked}
        title={lockReason}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {problem && (
        <span id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
