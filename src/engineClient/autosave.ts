import { exportMetadata } from '../store/exportMetadata';
import { clearHintDismissal } from '../persistence/firstVisitHint';
import { clearPassedSteps } from '../persistence/lessonProgress';
import { clearModel, loadModel, saveModel } from '../persistence/savedModel';
import { clearSavedRuns } from '../persistence/savedRuns';
import { clearSettings, saveSettings } from '../persistence/savedSettings';
import { atMost } from '../shared/async';
import { isTableDataset, type PlaygroundSpec } from '../shared/spec';
import { usePlayground } from '../store/store';
import { engineCommand, exportModel } from './connectEngine';

/** While training, the weights are saved this often, so a closed tab loses at most this much. */
const SAVE_EVERY_MS = 20_000;

/**
 * The one save queue: one save at a time, and none after the page is being left on purpose
 * (reload, Start fresh), so nothing is written back after a clear.
 */
class RunSaver {
  private saving: Promise<void> = Promise.resolve();
  private leaving = false;

  /** Saves the current run's model; tables are not kept (their rows are not saved). */
  save(): void {
    const state = usePlayground.getState();
    if (this.leaving || isTableDataset(state.spec.data.dataset) || state.epoch === 0) return;
    this.saving = this.saving
      .then(() => exportModel(exportMetadata(usePlayground.getState())))
      .then(({ modelJson, weightData }) => saveModel({ modelJson, weightData }))
      .then(() => undefined)
      .catch(() => undefined);
  }

  /** No save starts from now on; resolves when the one in flight (if any) has ended, or after 10 s. */
  async leave(): Promise<void> {
    this.leaving = true;
    await atMost(this.saving, 10_000);
  }
}

const saver = new RunSaver();

/** A weight typed while paused is part of the run: saved at once, as a pause would save it. */
export function saveAfterEdit(): void {
  if (usePlayground.getState().status !== 'training') saver.save();
}

/**
 * Keeps settings, trained weights and run history across reloads and closed tabs: settings on
 * every change, the model whenever training stops and every 20 s while it runs.
 */
export function startAutosave(restored: Promise<unknown>): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  // Until the saved run is back (or known to be absent), the page's first runs must not erase it.
  let armed = false;
  void restored.finally(() => (armed = true));
  saveSettings(usePlayground.getState().spec);
  usePlayground.subscribe((state, previous) => {
    if (state.spec !== previous.spec) saveSettings(state.spec);
    if (!armed || (state.status === previous.status && state.runId === previous.runId)) return;
    if (previous.status === 'training' && state.status !== 'training') saver.save();
    // A new run starts from the seed's weights: nothing of the old one should come back.
    if (state.runId !== previous.runId && state.epoch === 0) void clearModel().catch(() => undefined);
    clearInterval(timer);
    if (state.status === 'training') timer = setInterval(() => saver.save(), SAVE_EVERY_MS);
  });
}

/** Brings back the model saved by the last visit, through the same checks as an imported file. */
export async function restoreRun(spec: PlaygroundSpec): Promise<string | null> {
  try {
    const saved = await loadModel();
    if (!saved) return null;
    // The file checks are the model import's: they load only when there is a saved model to check.
    const { restoreSavedModel } = await import('./modelImport');
    return await restoreSavedModel(saved, spec);
  } catch {
    return null;
  }
}

/** Pauses, saves the run's weights, then reloads: nothing trained is lost to the reload. */
export async function reloadKeepingRun(): Promise<void> {
  if (usePlayground.getState().status === 'training') await atMost(engineCommand('pause'), 5000);
  saver.save();
  await saver.leave();
  window.location.reload();
}

/** Forgets everything saved and opens the default playground. */
export async function startFresh(): Promise<void> {
  // A shared classroom computer: the next learner finds none of the last one's runs or progress.
  // The presentation mode stays, as it belongs to the room, not to a learner.
  // Paused first, and any save in flight finished, so that nothing is written back after the clear.
  const left = saver.leave();
  await atMost(engineCommand('pause'), 5000);
  await left;
  await clearModel().catch(() => undefined);
  clearSettings();
  clearSavedRuns();
  clearPassedSteps();
  clearHintDismissal();
  window.location.assign(window.location.pathname);
}
