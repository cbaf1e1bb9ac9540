import { useEffect, useRef, useState } from 'react';
import { usePlayground } from '../../store/store';
import { nearestLink } from './diagramLayout';
import type { DiagramLink } from './networkLinks';
import { strokeGroups } from './linkStrokes';

interface LinksCanvasProps {
  links: DiagramLink[];
  width: number;
  height: number;
  /** A click on a link that carries a weight; null: a click beside any. */
  onEditLink?(link: DiagramLink | null): void;
}

/**
 * All links on one canvas (a 64×64 layer pair is 4,096 links, too many for SVG at frame rate),
 * coloured by sign and sized by |weight|; hovering shows the exact value.
 */
export function LinksCanvas({ links, width, height, onEditLink }: LinksCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [hovered, setHovered] = useState<{ link: DiagramLink; x: number; y: number } | null>(null);
  const presentation = usePlayground((s) => s.presentation);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const [pixelWidth, pixelHeight] = [Math.round(width * ratio), Math.round(height * ratio)];
    // Setting a canvas's size, even to the same, reallocates its whole backing store.
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) [canvas.width, canvas.height] = [pixelWidth, pixelHeight];
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    for (const group of strokeGroups(links, presentation)) {
      context.strokeStyle = group.color;
      context.lineWidth = group.width;
      context.beginPath();
      for (const link of group.links) {
        // Straight, so that what the pointer hit-tests is exactly what is drawn.
        context.moveTo(link.x1, link.y1);
        context.lineTo(link.x2, link.y2);
      }
      context.stroke();
    }
  }, [links, width, height, presentation]);

  const linkAt = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    return { link: nearestLink(links, x, y, 6), x, y };
  };
  const onMove = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const { link, x, y } = linkAt(event);
    setHovered(link ? { link, x, y } : null);
  };
  const onClick = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const { link } = linkAt(event);
    if (!onEditLink) return;
    // The editor takes the read-out's place rather than sitting beside it.
    setHovered(null);
    onEditLink(link?.ref ? link : null);
  };

  return (
    <>
      <canvas
        ref={canvasRef}
        className={`links-canvas${hovered?.link.ref && onEditLink ? ' over-link' : ''}`}
        style={{ width, height }}
        onMouseMove={onMove}
        onClick={onClick}
        onMouseLeave={() => setHovered(null)}
        aria-hidden="true"
      />
      {hovered && (
        <div className="link-tooltip" style={{ left: hovered.x + 12, top: hovered.y + 12 }} role="tooltip">
          {hovered.link.identity ? (
            <>
              {hovered.link.from} → {hovered.link.to}: passed through (no weight)
            </>
          ) : (
            <>
              Weight {hovered.link.from} → {hovered.link.to}: <strong>{hovered.link.weight.toFixed(3)}</strong>
              {onEditLink && ' (click to change)'}
            </>
          )}
        </div>
      )}
    </>
  );
}
