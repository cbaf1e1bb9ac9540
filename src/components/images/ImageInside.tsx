import { useMemo } from 'react';
import type { FeatureMaps, ImagePictures, KernelPictures } from '../../shared/imagePictures';
import { ImageCanvas } from './ImageCanvas';
import { MisclassifiedGallery } from './MisclassifiedGallery';
import { TiledCanvas } from './TiledCanvas';
import { meanOverChannels, paintFor } from './imagePaint';

interface ImageInsideProps {
  pictures: ImagePictures;
  layerNames: string[];
  onChoose(testIndex: number): void;
}

/** Tiles in a row of maps or kernels: eight 28-px maps at 56 px fill a laptop's output column. */
const MAPS_PER_ROW = 8;

/** Each filter's mean over its input channels, filter after filter (k·k values each). */
function kernelMeans(kernels: KernelPictures): Float32Array {
  const pixels = kernels.size * kernels.size;
  const out = new Float32Array(kernels.filters * pixels);
  for (let f = 0; f < kernels.filters; f++) {
    out.set(meanOverChannels(kernels.values.subarray(f * kernels.channels * pixels, (f + 1) * kernels.channels * pixels), pixels, kernels.channels, true), f * pixels);
  }
  return out;
}

const percent = (p: number) => `${(p * 100).toFixed(1)} %`;

function Probabilities({ pictures }: { pictures: ImagePictures }) {
  const actual = pictures.choice.source === 'test' ? pictures.choice.label : null;
  return (
    <table className="class-probabilities">
      <caption>Class probabilities</caption>
      <tbody>
        {Array.from(pictures.probabilities, (p, k) => (
          <tr key={k} className={k === pictures.predicted ? 'predicted' : undefined}>
            <th scope="row">
              {k}
              {k === actual ? ' (actual)' : ''}
            </th>
            <td className="bar-cell" aria-hidden="true">
              <span className="probability-bar" style={{ width: `${Math.round(p * 100)}%` }} />
            </td>
            <td className="number">{percent(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MapsRow({ maps, name }: { maps: FeatureMaps; name: string }) {
  const paint = useMemo(() => paintFor(maps.values), [maps.values]);
  const size = Math.max(24, Math.min(56, maps.width * 2));
  return (
    <div className="feature-maps" role="group" aria-label={`${name}: ${maps.channels} feature maps ${maps.height}×${maps.width}`}>
      <p className="feature-maps-title">
        {name} · {maps.height}×{maps.width}×{maps.channels}
        {maps.drawn < maps.channels ? ` (showing ${maps.drawn} of ${maps.channels})` : ''}
      </p>
      <TiledCanvas values={maps.values} count={maps.drawn} width={maps.width} height={maps.height} tileSize={size} columns={MAPS_PER_ROW} paint={paint} />
    </div>
  );
}

/** Inside an image network, for the chosen example: what it sees, where it looks, what it says. */
export function ImageInside({ pictures, layerNames, onChoose }: ImageInsideProps) {
  const { kernels, occlusion } = pictures;
  const grey = { kind: 'grey', max: 1 } as const;
  const kernelSheet = useMemo(() => (kernels ? kernelMeans(kernels) : new Float32Array(0)), [kernels]);
  // Signed always (the tiny negative): a kernel's sign is what it detects.
  const kernelPaint = useMemo(() => paintFor([...kernelSheet, -1e-9]), [kernelSheet]);
  const chosenName = pictures.choice.source === 'test' ? `Test digit ${pictures.choice.index + 1} (class ${pictures.choice.label})` : 'Your drawing';
  return (
    <section className="image-inside" aria-label="Inside the network">
      <div className="image-inside-top">
        <figure>
          <ImageCanvas values={pictures.input} width={pictures.width} height={pictures.height} size={112} paint={grey} label={`${chosenName}, as the network sees it`} />
          <figcaption>
            {chosenName}: predicted{' '}
            <output aria-label="Prediction" className="prediction" aria-live="off">
              {pictures.predicted} ({percent(pictures.probabilities[pictures.predicted])})
            </output>
          </figcaption>
        </figure>
        <figure>
          <ImageCanvas values={occlusion.values} width={occlusion.width} height={occlusion.height} size={112} label="Occlusion map" />
          <figcaption>Where blanking a patch lowers the predicted class’s probability</figcaption>
        </figure>
        <Probabilities pictures={pictures} />
      </div>
      <section className="feature-maps-region" aria-label="Feature maps">
      {kernels && (
        <div className="feature-maps" role="group" aria-label={`First-layer kernels: ${kernels.filters} filters of ${kernels.size}×${kernels.size}`}>
          <p className="feature-maps-title">
            First-layer kernels ({kernels.size}×{kernels.size}, {kernels.filters} filters)
          </p>
          <TiledCanvas values={kernelSheet} count={kernels.filters} width={kernels.size} height={kernels.size} tileSize={28} columns={MAPS_PER_ROW} paint={kernelPaint} />
        </div>
      )}
      {pictures.featureMaps.map((maps) => (
        <MapsRow key={maps.layer} maps={maps} name={layerNames[maps.layer] ?? `Layer ${maps.layer + 1}`} />
      ))}
      </section>
      <MisclassifiedGallery pictures={pictures} onChoose={onChoose} />
    </section>
  );
}
