import { useMemo, useState } from 'react';
import { codeData } from '../../shared/codegen/codeData';
import { kerasCode } from '../../shared/codegen/kerasCode';
import { tfjsCode } from '../../shared/codegen/tfjsCode';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { SelectField } from '../controls/SelectField';
import { Dialog } from '../layout/Dialog';
import { useTrainingData } from '../useTrainingData';
import { downloadBlob } from './downloads';

type Language = 'keras' | 'tfjs';
const LANGUAGES = [
  { value: 'keras' as const, label: 'Python (Keras)' },
  { value: 'tfjs' as const, label: 'JavaScript (TensorFlow.js for Node)' },
];

/** The current network and training set-up as a program, to copy or download. */
export function CodeDialog({ onClose }: { onClose(): void }) {
  const spec = usePlayground(selectSpec);
  const data = useTrainingData();
  const [language, setLanguage] = useState<Language>('keras');
  const [copied, setCopied] = useState(false);
  const code = useMemo(() => {
    if (!data) return '# The table is not loaded.';
    const written = codeData(spec, data);
    return language === 'keras' ? kerasCode(spec, written) : tfjsCode(spec, written);
  }, [spec, data, language]);
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
