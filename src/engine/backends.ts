import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendName } from '../shared/spec';
import { errorMessage } from '../shared/async';
import { registerWasmConvFilterGradient } from './wasmConvGradient';

// A folder prefix fails under Vite's hashed asset names: hand over each file's own URL.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});
// Threaded wasm hangs in a minified worker on a cross-origin-isolated page; single-threaded is safe.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
// Convolutions learn their kernels on wasm too (its missing kernel, built from one it has).
registerWasmConvFilterGradient();

export const ALL_BACKENDS: BackendName[] = ['wasm', 'webgl', 'cpu'];

const failed = new Map<BackendName, string>();

/** Switches tfjs to a backend; false (with the reason kept) when it cannot start here. */
export async function activateBackend(name: BackendName): Promise<boolean> {
  if (failed.has(name)) return false;
  try {
    // setBackend resolves to false instead of throwing when initialisation fails.
    const ok = await tf.setBackend(name);
    if (!ok) {
      failed.set(name, `${name} could not start in this browser`);
      return false;
    }
    await tf.ready();
    return true;
  } catch (error) {
    failed.set(name, errorMessage(error));
    return false;
  }
}

/** Never offers a backend again in this worker (its GPU context was lost, say). */
export function markBackendFailed(name: BackendName, reason: string): void {
  failed.set(name, reason);
}

/** True when the WebGL backend is active and its GPU context is gone. */
export function webglContextLost(): boolean {
  if (tf.getBackend() !== 'webgl') return false;
  const backend = tf.backend() as unknown as { gpgpu?: { gl?: { isContextLost(): boolean } } };
  return backend.gpgpu?.gl?.isContextLost() ?? false;
}

/** Loses the WebGL context on purpose, as a GPU reset would (for tests). */
export function loseWebglContext(): boolean {
  const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGL2RenderingContext } };
  const extension = backend.gpgpu?.gl?.getExtension('WEBGL_lose_context');
  extension?.loseContext();
  return Boolean(extension);
}

export function backendFailure(name: BackendName): string | undefined {
  return failed.get(name);
}

export function activeBackend(): BackendName {
  return tf.getBackend() as BackendName;
}
