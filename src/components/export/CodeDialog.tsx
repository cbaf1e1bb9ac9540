import { useEffect, useMemo, useRef, useState } from 'react';
import { codeData } from '../../shared/codegen/codeData';
import { kerasCode } from '../../shared/codegen/kerasCode';
import { tfjsCode } from '../../shared/codegen/tfjsCode';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { SelectField } from '../controls/SelectField';
import { useTrainingData } from '../useTrainingData';
import { downloadBlob } from './downloads';

type Language = 'keras' | 'tfjs';
const LANGUAGES = [
  { value: 'keras' as const, label: 'Python (Keras)' },
  { value: 'tfjs' as const, label: 'JavaScript (TensorFlow.js for Node)' },
];

/** A modal dialog keeps Tab and Shift+Tab among its own controls (aria-modal promises as much). */
function keepTabInside(event: KeyboardEvent, dialog: HTMLElement): void {
  const items = [...dialog.querySelectorAll<HTMLElement>('button, select, [tabindex="0"]')].filter((el) => !el.hasAttribute('disabled'));
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The current network and training set-up as a program, to copy or download. */
export function CodeDialog({ onClose }: { onClose(): void }) {
  const spec = usePlayground(selectSpec);
  const data = useTrainingData();
  const [language, setLanguage] = useState<Language>('keras');
  const [copied, setCopied] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const code = useMemo(() => {
    if (!data) return '# The table is not loaded.';
    const written = codeData(spec, data);
    return language === 'keras' ? kerasCode(spec, written) : tfjsCode(spec, written);
  }, [spec, data, language]);
  // Whatever opened the dialog (the Export code button) gets focus back, not the top of the page.
  const openerRef = useRef(document.activeElement as HTMLElement | null);
  useEffect(() => () => openerRef.current?.focus(), []);
  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('select')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab' && dialogRef.current) keepTabInside(event, dialogRef.current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog code-dialog" role="dialog" aria-modal="true" aria-labelledby="code-dialog-title" ref={dialogRef}>
        <div className="dialog-title-row">
          <h2 id="code-dialog-title">Export code</h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <SelectField label="Language" value={language} options={LANGUAGES} onChange={(v) => (setLanguage(v), setCopied(false))} />
        <pre className="code" tabIndex={0} aria-label="Generated code">
          <code>{code}</code>
        </pre>
        <div className="button-row">
          <button type="button" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy code'}
          </button>
          <button type="button" onClick={() => downloadBlob(code, language === 'keras' ? 'playground_model.py' : 'playground-model.js', 'text/plain')}>
            Download code
          </button>
        </div>
      </div>
    </div>
  );
}
