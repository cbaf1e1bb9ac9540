import type { Standardization } from '../data/csv/tableDataset';
import type { LossPoint } from './engineTypes';
import type { PlaygroundSpec } from './spec';

/** What an exported model says about itself, beyond what tfjs stores (under userDefinedMetadata.playground). */
export interface PlaygroundModelMetadata {
  version: 1;
  spec: PlaygroundSpec;
  /** Network inputs in order, and for generated data the transform of (x1, x2) each one is. */
  inputs: Array<{ name: string; transform: string | null }>;
  standardization: Standardization[] | null;
  classNames: string[] | null;
  finalLosses: LossPoint | null;
  /** Per-epoch losses as the page kept them (every epoch, or every k-th on long runs). */
  lossHistory: LossPoint[];
  exportedAt: string;
}

/** tfjs's model.json as its own `downloads://` handler writes it. */
export interface ModelJson {
  modelTopology: unknown;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  weightsManifest: Array<{ paths: string[]; weights: unknown[] }>;
  userDefinedMetadata?: { playground?: PlaygroundModelMetadata };
}

export const WEIGHTS_FILE = 'model.weights.bin';

/** The single-file form: model.json with the weights inside, base64-encoded. */
export interface SingleFileModel {
  format: 'neural-playground-model';
  version: 1;
  modelJson: ModelJson;
  weightDataBase64: string;
}

export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
