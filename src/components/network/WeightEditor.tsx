import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { saveAfterEdit } from '../../engineClient/autosave';
import { setParameter } from '../../engineClient/connectEngine';
import { errorMessage } from '../../shared/async';
import type { ParameterRef } from '../../shared/engineTypes';
import { PARAMETER_LIMIT } from '../../shared/limits';
import { readNumberText } from '../controls/numberText';
import type { EditTarget } from './weightTargets';
import './weightEditor.css';

/** The engine refuses the same range (engine/weightEdit.ts): the page says so before sending. */
const RULES = { min: -PARAMETER_LIMIT, max: PARAMETER_LIMIT };
const shown = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(3)}` : value.toFixed(3));
const refKey = (ref: ParameterRef) => (ref.kind === 'bias' ? `b${ref.layer}:${ref.to}` : `w${ref.layer}:${ref.from}:${ref.to}`);

/** One parameter: typed, applied on Enter or on leaving the field; the live value stays beside it. */
function WeightField({ target, autoFocus, onClose }: { target: EditTarget; autoFocus: boolean; onClose(): void }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => target.value.toFixed(3));
  // Typed since the last commit: leaving an untouched field must not write its rounded text back.
  const [typed, setTyped] = useState(false);
  // Set by a refused commit (not while typing a lone "−"); the mark then follows the text.
  const [marked, setMarked] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (!autoFocus) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [autoFocus]);
  const read = readNumberText(text, RULES);
  const problem = marked && !read.ok ? read.problem : null;
  const commit = () => {
    setTyped(false);
    // An emptied field was left, not answered: it shows the value in force again.
    if (!read.ok && text.trim() === '') return setText(target.value.toFixed(3));
    if (!read.ok) return setMarked(true);
    setMarked(false);
    setRefused(null);
    // Always sent, even the same text again: training moves the weight, and typing its old value
    // back is a real change.
    setParameter(target.ref, read.value ?? 0)
      .then(saveAfterEdit)
      .catch((error) => setRefused(errorMessage(error)));
  };
  const described = problem || refused ? `${id}-problem` : `${id}-now`;
  return (
    <div className="weight-field">
      <label htmlFor={id}>{target.label}</label>
      <input
        ref={inputRef}
        id={id}
        type="number"
        inputMode="decimal"
        step={0.1}
        min={RULES.min}
        max={RULES.max}
        value={text}
        aria-invalid={problem || refused ? true : undefined}
        aria-describedby={described}
        onChange={(e) => {
          setText(e.target.value);
          setTyped(true);
          setRefused(null);
        }}
        onBlur={() => typed && commit()}
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
      {problem || refused ? (
        <span id={`${id}-problem`} className="field-problem" role="alert">
          {problem ?? refused}
        </span>
      ) : (
        <span id={`${id}-now`} className="hint">
          now {shown(target.value)}
        </span>
      )}
    </div>
  );
}

interface WeightEditorProps {
  title: string;
  targets: EditTarget[];
  onClose(): void;
  style?: React.CSSProperties;
  ref?: Ref<HTMLDivElement>;
}

/**
 * Type a weight and the model uses it at once, paused or training: the pictures and the next loss
 * show what it does. Enter or leaving a field applies it; Escape or Done closes.
 */
export function WeightEditor({ title, targets, onClose, style, ref }: WeightEditorProps) {
  const titleId = useId();
  return (
    <div ref={ref} className="weight-editor" role="group" aria-labelledby={titleId} style={style}>
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
