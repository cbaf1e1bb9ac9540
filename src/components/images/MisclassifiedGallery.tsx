import { MAX_MISCLASSIFIED, type ImagePictures } from '../../shared/imagePictures';
import { ImageCanvas } from './ImageCanvas';

interface MisclassifiedGalleryProps {
  pictures: ImagePictures;
  onChoose(testIndex: number): void;
}

const INK = { kind: 'grey', max: 255 } as const;

/**
 * The misclassified test images, each a button that inspects it. Every slot is drawn, filled or empty,
 * so the section keeps one height while the count changes under training: the drawing pad below it
 * must not move under a learner's pen.
 */
export function MisclassifiedGallery({ pictures, onChoose }: MisclassifiedGalleryProps) {
  const imageSize = pictures.width * pictures.height;
  const { misclassified, misclassifiedPixels } = pictures;
  return (
    <section className="misclassified" aria-label="Misclassified test images">
      <h3>
        Misclassified test images{' '}
        <span className="hint">
          {misclassified.length === 0
            ? '— none right now'
            : `(${misclassified.length === MAX_MISCLASSIFIED ? `the first ${MAX_MISCLASSIFIED}` : misclassified.length})`}
        </span>
      </h3>
      <div className="misclassified-slots">
        {Array.from({ length: MAX_MISCLASSIFIED }, (_, i) => {
          const item = misclassified[i];
          if (!item) return <span key={`empty-${i}`} className="thumbnail thumbnail-empty" aria-hidden="true" />;
          const pixels = misclassifiedPixels.length > 0 ? misclassifiedPixels.subarray(i * imageSize, (i + 1) * imageSize) : null;
          return (
            <button type="button" key={item.index} className="thumbnail" aria-label={`Test digit ${item.index + 1}: predicted ${item.predicted}, is ${item.actual}`} onClick={() => onChoose(item.index)}>
              {pixels ? <ImageCanvas values={pixels} width={pictures.width} height={pictures.height} size={28} paint={INK} paintKey={item.index} /> : null}
              <span className="thumbnail-text" aria-hidden="true">
                {item.predicted}≠{item.actual}
              </span>
            </button>
          );
        })}
      </div>
    </section>
  );
}
