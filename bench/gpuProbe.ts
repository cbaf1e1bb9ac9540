import type { Page } from '@playwright/test';

/**
 * Chromium flag sets that put WebGL on a real GPU in a headless Linux machine, tried in order until
 * the renderer is not a software one. Chromium 131+ headless accepts only ANGLE as the GL
 * implementation, so every set goes through ANGLE: Vulkan first (works without a display on NVIDIA
 * and Mesa drivers), then ANGLE over EGL; with neither on hardware, the end-to-end tests' own flags.
 * GPU_FLAGS="--a --b" replaces the list with one set of one's own.
 */
export const GPU_FLAG_SETS: Array<{ name: string; flags: string[] }> = process.env.GPU_FLAGS
  ? [{ name: 'GPU_FLAGS', flags: process.env.GPU_FLAGS.split(/\s+/).filter(Boolean) }]
  : [
      { name: 'angle-vulkan', flags: ['--ignore-gpu-blocklist', '--enable-gpu', '--use-angle=vulkan', '--enable-features=Vulkan', '--disable-vulkan-surface'] },
      { name: 'angle-egl', flags: ['--ignore-gpu-blocklist', '--enable-gpu', '--use-gl=angle', '--use-angle=gl-egl'] },
      // No GPU found: the flags the end-to-end tests run with (SwiftShader), where tfjs's webgl is known to start.
      { name: 'software (as the tests)', flags: [] },
    ];

/** A renderer string that names a software rasteriser: WebGL there is the CPU under another name. */
export const isSoftwareRenderer = (renderer: string) => /swiftshader|llvmpipe|software|softpipe|lavapipe/i.test(renderer);

export interface WebglInfo {
  vendor: string;
  renderer: string;
  webgl2: boolean;
  /** What the engine's worker got: WebGL2 on an OffscreenCanvas is what tfjs's webgl backend needs there. */
  workerWebgl2: boolean;
}

/** The WebGL vendor and renderer this browser got, in the page and in a worker, as tfjs will see them. */
export async function webglInfo(page: Page): Promise<WebglInfo> {
  return page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const debug = gl?.getExtension('WEBGL_debug_renderer_info');
    const read = (name: number | undefined, fallback: number) => (gl ? String(gl.getParameter(name ?? fallback)) : 'no WebGL');
    const source = "postMessage(typeof OffscreenCanvas !== 'undefined' && !!new OffscreenCanvas(1, 1).getContext('webgl2'))";
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    const workerWebgl2 = await new Promise<boolean>((resolve) => {
      worker.onmessage = (event) => resolve(Boolean(event.data));
      worker.onerror = () => resolve(false);
    });
    worker.terminate();
    return {
      vendor: read(debug?.UNMASKED_VENDOR_WEBGL, 0x1f00),
      renderer: read(debug?.UNMASKED_RENDERER_WEBGL, 0x1f01),
      webgl2: gl instanceof WebGL2RenderingContext,
      workerWebgl2,
    };
  });
}
