import { useId } from 'react';
import { shownCharacter } from '../../shared/characters';
import type { SequencePictures } from '../../shared/sequencePictures';

interface SampledTextProps {
  alphabet: string[];
  pictures: SequencePictures | null;
  temperature: number;
  onTemperature(value: number): void;
  /** The chosen test window's characters. */
  window: string;
}

/** The five likeliest next characters after the chosen window, with their probabilities. */
function NextCharacters({ alphabet, output }: { alphabet: string[]; output: Float32Array }) {
  const ranked = Array.from(output, (p, i) => ({ char: alphabet[i], p }))
    .sort((a, b) => b.p - a.p)
    .slice(0, 5);
  return (
    <ol className="next-characters" aria-label="Next character probabilities">
      {ranked.map(({ char, p }) => (
        <li key={char}>
          <span className="next-char">{shownCharacter(char)}</span> {(p * 100).toFixed(1)} %
        </li>
      ))}
    </ol>
  );
}

/** Text the network writes by itself while it trains, at a chosen temperature, and its guess after the chosen window. */
export function SampledText({ alphabet, pictures, temperature, onTemperature, window }: SampledTextProps) {
  const fieldId = useId();
  const sampled = pictures?.sampled ?? null;
  return (
    <div className="sampled-text">
      <div className="field number-field sequence-chooser">
        <label htmlFor={fieldId}>Temperature</label>
        <input
          id={fieldId}
          type="number"
          min={0.1}
          max={2}
          step={0.1}
          value={temperature}
          onChange={(event) => {
            const value = event.target.valueAsNumber;
            if (Number.isFinite(value) && value >= 0.1 && value <= 2) onTemperature(value);
          }}
        />
        <span className="hint">low: safest letters; high: wilder</span>
      </div>
      <p className="hint">{sampled ? `Starting from the first test window “${sampled.seed.replace(/\n/g, ' ')}”, the network writes:` : 'The network will write here.'}</p>
      <output aria-label="Sampled text" className="sampled-output">
        {sampled ? sampled.text : 'Train the network to hear it write.'}
      </output>
      <p className="hint">After the chosen test window “{window.replace(/\n/g, ' ')}”, the next character is:</p>
      {pictures && <NextCharacters alphabet={alphabet} output={pictures.output} />}
    </div>
  );
}
