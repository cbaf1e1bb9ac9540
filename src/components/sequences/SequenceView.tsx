import { useId, useState } from 'react';
import { chooseImage } from '../../engineClient/connectEngine';
import { isSequencePreview } from '../../shared/dataContract';
import { entryOf } from '../../shared/layers/registry';
import { selectPictures, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { useDataPreview } from '../useDataPreview';
import { DEFAULT_TEMPERATURE } from '../../shared/sequencePictures';
import { ForecastChart } from './ForecastChart';
import { MemoryReachChart } from './MemoryReachChart';
import { SampledText } from './SampledText';
import { RecurrentFigures } from './RecurrentFigures';
import './sequences.css';

/** The memory task's chosen sequence as its symbols, with what the network answers. */
function MemoryAnswer({ symbols, alphabet, output }: { symbols: Uint8Array | null; alphabet: string[]; output: Float32Array | null }) {
  const activation = usePlayground((s) => selectSpec(s).network.outputActivation);
  let answer = 'not known yet';
  if (output && output.length > 0) {
    // One output: tanh (±1) or sigmoid (0..1) for class B; two: the probabilities of A and B.
    const b = output.length >= 2 ? output[1] : activation === 'sigmoid' ? output[0] : (output[0] + 1) / 2;
    answer = `${b >= 0.5 ? 'B' : 'A'} (${(Math.max(b, 1 - b) * 100).toFixed(0)} % sure)`;
  }
  return (
    <p className="memory-answer">
      {symbols && <span className="memory-symbols">{Array.from(symbols, (s) => alphabet[s]).join(' ')}</span>}
      <output aria-label="Network's answer">First symbol, says the network: {answer}</output>
    </p>
  );
}

/** The output of a sequence network: the forecast over the series (or the memory task's answer), and inside its recurrent layers. */
export function SequenceView() {
  const preview = useDataPreview();
  const pictures = usePlayground((s) => selectPictures(s)?.sequences ?? null);
  const hidden = usePlayground((s) => selectSpec(s).network.hidden);
  const [chosen, setChosen] = useState(0);
  const [temperature, setTemperature] = useState(DEFAULT_TEMPERATURE);
  const fieldId = useId();
  if (!isSequencePreview(preview)) return <p className="hint">Making the sequences…</p>;
  const testCount = preview.testCount;
  const choose = (index: number, sampleAt = temperature) => {
    const clamped = Math.min(Math.max(0, index), testCount - 1);
    setChosen(clamped);
    void chooseImage({ source: 'test', index: clamped, temperature: sampleAt });
  };
  const index = pictures?.index ?? chosen;
  const layerNames = hidden.map((layer, i) => `Layer ${i + 1} · ${entryOf(layer).label}`);
  const networkInWords = hidden.map((layer) => ('units' in layer ? `${entryOf(layer).label} ${layer.units}` : entryOf(layer).label)).join(' → ');
  const shownSymbols = preview.kind === 'symbols' && index < preview.count ? preview.symbols.subarray(index * preview.window, (index + 1) * preview.window) : null;
  return (
    <div className="sequence-view">
      {preview.kind === 'series' && <ForecastChart preview={preview} pictures={pictures} width={300} height={150} />}
      {preview.kind === 'symbols' && <MemoryAnswer symbols={shownSymbols} alphabet={preview.alphabet} output={pictures?.output ?? null} />}
      {preview.kind === 'symbols' && <MemoryReachChart reach={pictures?.reach ?? null} network={networkInWords} width={300} height={160} />}
      {preview.kind === 'text' && (
        <SampledText
          alphabet={preview.alphabet}
          pictures={pictures}
          temperature={temperature}
          onTemperature={(value) => {
            setTemperature(value);
            choose(index, value);
          }}
          window={preview.text.slice(preview.testStart - preview.window + index, preview.testStart + index)}
        />
      )}
      <div className="field number-field sequence-chooser">
        <label htmlFor={fieldId}>Test sequence</label>
        <input id={fieldId} type="number" min={1} max={testCount} value={index + 1} onChange={(event) => Number.isFinite(event.target.valueAsNumber) && choose(event.target.valueAsNumber - 1)} />
        <span className="hint">of {testCount}</span>
      </div>
      {pictures ? <RecurrentFigures traces={pictures.traces} layerNames={layerNames} /> : <p className="hint">Setting up the network…</p>}
    </div>
  );
}
