import { useEffect, useMemo, useState } from 'react';
import { codeData } from '../../shared/codegen/codeData';
import { kerasCode } from '../../shared/codegen/kerasCode';
import { tfjsCode } from '../../shared/codegen/tfjsCode';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { SelectField } from '../controls/SelectField';
import { Dialog } from '../layout/Dialog';
import { trainingRows } from '../../engineClient/connectEngine';
import type { TrainingRows, ExampleValues } from '../../shared/dataContract';
import { downloadBlob } from './downloads';

type Language = 'keras' | 'tfjs';
const LANGUAGES = [
  { value: 'keras' as const, label: 'Python (Keras)' },
  { value: 'tfjs' as const, label: 'JavaScript (TensorFlow.js for Node)' },
];

/** The rows the worker trains on (it alone builds them), asked for once per set-up of the data. */
function useWorkerRows(): TrainingRows<ExampleValues> | null | 'loading' {
  const preview = usePlayground((s) => s.dataPreview);
  const [rows, setRows] = useState<TrainingRows<ExampleValues> | null | 'loading'>('loading');
  useEffect(() => {
    let current = true;
    setRows('loading');
    void trainingRows()
      .then((answer) => current && setRows(answer))
      .catch(() => current && setRows(null));
    return () => void (current = false);
  }, [preview]);
  return rows;
}

/** The current network and training set-up as a program, to copy or download. */
export function CodeDialog({ onClose }: { onClose(): void }) {
  const spec = usePlayground(selectSpec);
  const rows = useWorkerRows();
  const data = rows === 'loading' ? null : rows;
  const [language, setLanguage] = useState<Language>('keras');
  const [copied, setCopied] = useState(false);
  const code = useMemo(() => {
    if (rows === 'loading') return '# Reading the rows from the engine…';
    if (!data) return '# The table is not loaded.';
    const written = codeData(spec, data);
    return language === 'keras' ? kerasCode(spec, written) : tfjsCode(spec, written);
  }, [spec, data, rows, language]);
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };
  return (
    <Dialog title="Export code" onClose={onClose} className="code-dialog" initialFocus="select">
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
    </Dialog>
  );
}
