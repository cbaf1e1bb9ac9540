import { useId } from 'react';
import type { ControlId } from '../../shared/classroom';
import { useControl } from '../classroom/useControl';

interface SliderFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  unit?: string;
  onChange(value: number): void;
  /** The teacher-link control this slider belongs to: hidden or locked with it. */
  control?: ControlId;
}

/** A range input whose accessible name is exactly `label`; the current value is shown beside it. */
export function SliderField({ label, value, min, max, step = 1, unit = '', onChange, control }: SliderFieldProps) {
  const id = useId();
  const { hidden, locked, lockReason } = useControl(control);
  if (hidden) return null;
  return (
    <div className="field slider-field">
      <div className="slider-heading">
        <label htmlFor={id}>{label}</label>
        <span className="slider-value" aria-hidden="true">
          {value}
          {unit}
        </span>
      </div>
      <input
        id={id}
        type="range"
        disabled={locked}
        title={lockReason}
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={`${value}${unit}`}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </div>
  );
}
