import { memo, useMemo } from 'react';
import type { ImageGalleryPreview } from '../../shared/imagePictures';
import { ImageCanvas } from './ImageCanvas';

interface ImageGalleryProps {
  preview: ImageGalleryPreview;
  chosen: number | null;
  onChoose(index: number): void;
}

const GREY = { kind: 'grey', max: 255 } as const;

/**
 * Test images by class: choosing one shows what the network does with it (the keyboard's way in, too).
 * Memoised, with each thumbnail's pixels kept as one view: the pictures arrive many times a second
 * while training, and repainting a hundred thumbnails for each of them held up the main thread.
 */
export const ImageGallery = memo(function ImageGallery({ preview, chosen, onChoose }: ImageGalleryProps) {
  const size = preview.height * preview.width * preview.channels;
  const thumbnails = useMemo(() => preview.gallery.map((_, i) => preview.pixels.subarray(i * size, (i + 1) * size)), [preview, size]);
  const classes = Array.from({ length: preview.classes }, (_, k) => k);
  return (
    <section className="image-gallery" aria-labelledby="image-gallery-heading">
      <h3 id="image-gallery-heading">Test images</h3>
      <p className="hint">
        Test split: {preview.testCount.toLocaleString('en-US')} images, never trained on; training split: {preview.trainCount.toLocaleString('en-US')}. Choose one to
        look inside the network.
      </p>
      <div className="gallery-classes">
        {classes.map((label) => (
          <div className="gallery-class" key={label} role="group" aria-label={`Class ${label}`}>
            <span className="gallery-class-name" aria-hidden="true">
              {label}
            </span>
            {preview.gallery.map((item, i) =>
              item.label !== label ? null : (
                <button
                  type="button"
                  key={item.index}
                  className="thumbnail"
                  aria-pressed={chosen === item.index}
                  aria-label={`Test digit ${item.index + 1}, class ${label}`}
                  onClick={() => onChoose(item.index)}
                >
                  <ImageCanvas values={thumbnails[i]} width={preview.width} height={preview.height} size={28} paint={GREY} />
                </button>
              ),
            )}
          </div>
        ))}
      </div>
    </section>
  );
});
