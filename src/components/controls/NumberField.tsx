import { useEffect, useId, useState } from 'react';
import type { ControlId } from '../../shared/classroom';
import { useControl } from '../classroom/useControl';

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

function problemWith(text: string, { min, max, integer, emptyMeans }: NumberFieldProps): string | null {
  if (text.trim() === '') return emptyMeans ? null : 'Enter a number';
  const value = Number(text);
  if (!Number.isFinite(value)) return 'Enter a number';
  if (integer && !Number.isInteger(value)) return 'Enter a whole number';
  if (value < min) return `At least ${min}`;
  if (value > max) return `At most ${max}`;
  return null;
}

/**
 * A number input that only hands valid values to the store; while the text is invalid it says why
 * next to the field and keeps the last valid value in force.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, step = 1, emptyMeans, onCommit, hideLabel, className, disabled, control } = props;
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  const { hidden, locked, lockReason } = useControl(control);
  if (hidden) return null;
  const problem = problemWith(text, props);
  const change = (next: string) => {
    setText(next);
    if (problemWith(next, props) === null) onCommit(next.trim() === '' ? null : Number(next));
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
        onChange={(event) => change(event.target.value)}
        onBlur={() => problem && setText(value === null ? '' : String(value))}
      />
      {problem && (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
