import { useEffect, useId, useRef, useState } from 'react';
import { saveAfterEdit } from '../../engineClient/autosave';
import { setParameter } from '../../engineClient/connectEngine';
import { errorMessage } from '../../shared/async';
import type { ParameterRef } from '../../shared/engineTypes';
import type { EditTarget } from './weightTargets';
import './weightEditor.css';

/** Mirrors the engine's own limit (engine/weightEdit.ts), so the page can say so before sending. */
const LIMIT = 100;
const shown = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(3)}` : value.toFixed(3));
const refKey = (ref: ParameterRef) => (ref.kind === 'bias' ? `b${ref.layer}:${ref.to}` : `w${ref.layer}:${ref.from}:${ref.to}`);

function problemWith(text: string): string | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return 'Enter a number';
  if (Math.abs(value) > LIMIT) return `A weight from −${LIMIT} to ${LIMIT}`;
  return null;
}

/** One parameter: typed, applied on Enter or on leaving the field; the live value stays beside it. */
function WeightField({ target, autoFocus, onClose }: { target: EditTarget; autoFocus: boolean; onClose(): void }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => target.value.toFixed(3));
  const [sent, setSent] = useState(text);
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (!autoFocus) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [autoFocus]);
  const problem = problemWith(text) ?? refused;
  const commit = () => {
    if (text === sent || problemWith(text)) return;
    setSent(text);
    setRefused(null);
    setParameter(target.ref, Number(text))
      .then(saveAfterEdit)
      .catch((error) => setRefused(errorMessage(error)));
  };
  return (
    <div className="weight-field">
      <label htmlFor={id}>{target.label}</label>
      <input
        ref={inputRef}
        id={id}
        type="number"
        inputMode="decimal"
        step={0.1}
        min={-LIMIT}
        max={LIMIT}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-now`}
        onChange={(e) => {
          setText(e.target.value);
          setRefused(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span id={`${id}-now`} className={problem ? 'field-problem' : 'hint'}>
        {problem ?? `now ${shown(target.value)}`}
      </span>
    </div>
  );
}

interface WeightEditorProps {
  title: string;
  targets: EditTarget[];
  onClose(): void;
  style?: React.CSSProperties;
}

/**
 * Type a weight and the model uses it at once, paused or training: the pictures and the next loss
 * show what it does. Enter or leaving a field applies it; Escape or Done closes.
 */
export function WeightEditor({ title, targets, onClose, style }: WeightEditorProps) {
  const titleId = useId();
  return (
    <div className="weight-editor" role="group" aria-labelledby={titleId} style={style}>
      <p id={titleId} className="weight-editor-title">
        {title}
      </p>
      <div className="weight-editor-fields">
        {targets.map((target, i) => (
          <WeightField key={refKey(target.ref)} target={target} autoFocus={i === 0} onClose={onClose} />
        ))}
      </div>
      <p className="hint">Enter applies; the network uses the new value at once.</p>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
