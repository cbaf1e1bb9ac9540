import type { FeatureMaps, ImagePictures } from '../../shared/imagePictures';
import { ImageCanvas } from './ImageCanvas';
import { meanOverChannels, paintFor } from './imagePaint';

interface ImageInsideProps {
  pictures: ImagePictures;
  layerNames: string[];
  onChoose(testIndex: number): void;
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
  const pixels = maps.height * maps.width;
  const paint = paintFor(maps.values);
  const size = Math.max(24, Math.min(56, maps.width * 2));
  return (
    <div className="feature-maps" role="group" aria-label={`${name}: ${maps.channels} feature maps ${maps.height}×${maps.width}`}>
      <p className="feature-maps-title">
        {name} · {maps.height}×{maps.width}×{maps.channels}
        {maps.drawn < maps.channels ? ` (showing ${maps.drawn} of ${maps.channels})` : ''}
      </p>
      <div className="feature-maps-row">
        {Array.from({ length: maps.drawn }, (_, c) => (
          <ImageCanvas key={c} values={maps.values.subarray(c * pixels, (c + 1) * pixels)} width={maps.width} height={maps.height} size={size} paint={paint} />
        ))}
      </div>
    </div>
  );
}

/** Inside an image network, for the chosen example: what it sees, where it looks, what it says. */
export function ImageInside({ pictures, layerNames, onChoose }: ImageInsideProps) {
  const imageSize = pictures.width * pictures.height;
  const { kernels, occlusion } = pictures;
  const grey = { kind: 'grey', max: 1 } as const;
  const kernelPixels = kernels ? kernels.size * kernels.size : 0;
  const kernelValues = kernels
    ? Array.from({ length: kernels.filters }, (_, f) => meanOverChannels(kernels.values.subarray(f * kernels.channels * kernelPixels, (f + 1) * kernels.channels * kernelPixels), kernelPixels, kernels.channels, true))
    : [];
  const kernelPaint = paintFor(kernelValues.flatMap((k) => Array.from(k)).concat([-1e-9]));
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
          <div className="feature-maps-row">
            {kernelValues.map((values, f) => (
              <ImageCanvas key={f} values={values} width={kernels.size} height={kernels.size} size={28} paint={kernelPaint} />
            ))}
          </div>
        </div>
      )}
      {pictures.featureMaps.map((maps) => (
        <MapsRow key={maps.layer} maps={maps} name={layerNames[maps.layer] ?? `Layer ${maps.layer + 1}`} />
      ))}
      </section>
      <section className="misclassified" aria-label="Misclassified test images">
        <h3>Misclassified test images</h3>
        {pictures.misclassified.length === 0 ? (
          <p className="hint">No test image is misclassified right now.</p>
        ) : (
          <div className="feature-maps-row">
            {pictures.misclassified.map((item, i) => {
              const pixels = pictures.misclassifiedPixels.length > 0 ? pictures.misclassifiedPixels.subarray(i * imageSize, (i + 1) * imageSize) : null;
              return (
                <button type="button" key={item.index} className="thumbnail" aria-label={`Test digit ${item.index + 1}: predicted ${item.predicted}, is ${item.actual}`} onClick={() => onChoose(item.index)}>
                  {pixels ? <ImageCanvas values={pixels} width={pictures.width} height={pictures.height} size={28} paint={{ kind: 'grey', max: 255 }} /> : null}
                  <span className="thumbnail-text" aria-hidden="true">
                    {item.predicted}≠{item.actual}
                  </span>
                </button>
              );
            })}
          </div>
        )}
      </section>
    </section>
  );
}
