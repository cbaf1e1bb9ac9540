import type { EngineNotice, LossPoint, NetworkPictures, RunStatus, Snapshot } from '../shared/engineTypes';
import type { BackendName } from '../shared/spec';
import type { ImageChoice } from '../shared/imagePictures';
import { computePictures, picturesTransferables } from './probes';
import type { Trainer } from './trainer';

/** Neuron pictures at most this often, even when cheap: the eye does not need more. */
const MIN_PICTURE_INTERVAL_MS = 33;
/**
 * Pictures of a deep network over the plane can cost more than the training itself; waiting this
 * many times their cost between two keeps them under about a tenth of the worker's time.
 */
const PICTURE_COST_RATIO = 9;

export type SnapshotSink = (snapshot: Snapshot, transfer: ArrayBuffer[]) => Promise<void>;

/** What a snapshot reports of the session at the moment it is sent. */
export interface SessionState {
  trainer: Trainer;
  runId: number;
  status: RunStatus;
  backend: BackendName;
  notice: EngineNotice | null;
  /** The example image pictures follow (image networks only). */
  imageChoice: ImageChoice;
}

/**
 * Sends at most one snapshot at a time and waits for the page's acknowledgement before the next;
 * requests meanwhile fold into one, and every epoch's losses travel exactly once, in order.
 */
export class SnapshotPump {
  private unsentLosses: LossPoint[] = [];
  private inFlight = false;
  private wanted = false;
  private nextPicturesAt = 0;

  constructor(
    private readonly sink: SnapshotSink,
    private readonly read: () => SessionState | null,
  ) {}

  /** A new run: these losses (its epoch 0) replace any not yet sent from the previous one. */
  startLosses(losses: LossPoint[]): void {
    this.unsentLosses = losses;
  }

  addLoss(loss: LossPoint): void {
    this.unsentLosses.push(loss);
  }

  request(): void {
    this.wanted = true;
    if (!this.inFlight) void this.send();
  }

  private async send(): Promise<void> {
    const state = this.read();
    if (!state) return;
    this.wanted = false;
    this.inFlight = true;
    // While training, pictures come at a rate their cost allows; any other snapshot always has them.
    let pictures: NetworkPictures | null = null;
    const now = performance.now();
    if (state.status !== 'training' || now >= this.nextPicturesAt) {
      pictures = computePictures(state.trainer, state.imageChoice);
      const cost = performance.now() - now;
      this.nextPicturesAt = now + Math.max(MIN_PICTURE_INTERVAL_MS, cost * PICTURE_COST_RATIO);
    }
    const { trainer } = state;
    const snapshot: Snapshot = {
      runId: state.runId,
      status: state.status,
      epoch: trainer.epoch,
      iteration: trainer.iteration,
      iterationsPerEpoch: trainer.iterationsPerEpoch,
      newLosses: this.unsentLosses,
      backend: state.backend,
      pictures,
      notice: state.notice,
    };
    this.unsentLosses = [];
    try {
      await this.sink(snapshot, pictures ? picturesTransferables(pictures) : []);
    } catch {
      // The page went away or reloaded; the next snapshot tries again.
    }
    this.inFlight = false;
    if (this.wanted) void this.send();
  }
}
