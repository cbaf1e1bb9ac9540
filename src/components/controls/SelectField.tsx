import { useId } from 'react';
import type { ControlId } from '../../shared/classroom';
import { useControl } from '../classroom/useControl';

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
  hideLabel?: boolean;
  disabled?: boolean;
  /** The teacher-link control this field belongs to: hidden or locked with it. */
  control?: ControlId;
}

export function SelectField<T extends string>({ label, value, options, onChange, hideLabel, disabled, control }: SelectFieldProps<T>) {
  const id = useId();
  const { hidden, locked, lockReason } = useControl(control);
  if (hidden) return null;
  return (
    <div className="field select-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value} disabled={disabled || locked} title={lockReason} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
