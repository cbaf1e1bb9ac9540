import { useCallback, useState } from 'react';
import { chooseImage } from '../../engineClient/connectEngine';
import { entryOf } from '../../shared/layers/registry';
import { selectPictures, selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { useDataPreview } from '../useDataPreview';
import { DrawDigit } from './DrawDigit';
import { ImageGallery } from './ImageGallery';
import { ImageInside } from './ImageInside';
import './images.css';

/** The output of an image network: a gallery of test images, and inside the network for the chosen one. */
export function ImageView() {
  const preview = useDataPreview();
  const pictures = usePlayground((s) => selectPictures(s)?.images ?? null);
  const hidden = usePlayground((s) => selectSpec(s).network.hidden);
  const [chosen, setChosen] = useState(0);
  // Stable, so that the memoised gallery is not redrawn with every picture.
  const choose = useCallback((index: number) => {
    setChosen(index);
    void chooseImage({ source: 'test', index });
  }, []);
  if (preview?.kind !== 'images') return <p className="hint">Reading the images…</p>;
  const layerNames = hidden.map((layer, i) => `Layer ${i + 1} · ${entryOf(layer).label}`);
  return (
    <div className="image-view">
      {pictures ? <ImageInside pictures={pictures} layerNames={layerNames} onChoose={choose} /> : <p className="hint">Setting up the network…</p>}
      <section className="draw-section" aria-labelledby="draw-heading">
        <h3 id="draw-heading">Draw a digit</h3>
        <DrawDigit
          size={preview.height === 28 ? 28 : 8}
          onInput={(pixels) => void chooseImage(pixels ? { source: 'drawn', pixels } : { source: 'test', index: chosen })}
        />
      </section>
      <ImageGallery preview={preview} chosen={pictures?.choice.source === 'test' ? pictures.choice.index : chosen} onChoose={choose} />
    </div>
  );
}
