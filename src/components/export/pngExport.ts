import { downloadBlob } from './downloads';

/** Draws an SVG element (with its presentation attributes) onto a canvas context. */
async function drawSvg(svg: SVGSVGElement, context: CanvasRenderingContext2D, width: number, height: number): Promise<void> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    context.drawImage(image, 0, 0, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasFor(width: number, height: number, scale = 2) {
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return { canvas, context };
}

async function savePng(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the picture');
  downloadBlob(blob, fileName, 'image/png');
}

/** The loss chart as it is on screen, at twice its size. */
export async function saveLossChartPng(): Promise<void> {
  const svg = document.querySelector<SVGSVGElement>('.loss-chart svg');
  if (!svg) throw new Error('There is no loss chart on the page');
  const { width, height } = svg.getBoundingClientRect();
  const { canvas, context } = canvasFor(width, height);
  await drawSvg(svg, context, width, height);
  await savePng(canvas, 'loss-chart.png');
}

/** The decision boundary with its data points, as on screen, at twice its size. */
export async function saveBoundaryPng(): Promise<void> {
  const box = document.querySelector<HTMLElement>('.boundary');
  const heatmap = box?.querySelector('canvas');
  const points = box?.querySelector<SVGSVGElement>('svg');
  if (!box || !heatmap || !points) throw new Error('There is no decision boundary on the page');
  const { width, height } = box.getBoundingClientRect();
  const { canvas, context } = canvasFor(width, height);
  context.globalAlpha = 0.72;
  context.imageSmoothingEnabled = true;
  context.drawImage(heatmap, 0, 0, width, height);
  context.globalAlpha = 1;
  await drawSvg(points, context, width, height);
  await savePng(canvas, 'decision-boundary.png');
}
