import type { TrainingRows } from '../shared/dataContract';
import type { ImageChoice } from '../shared/imagePictures';
import type { TableDataset } from '../data/csv/tableDataset';
import type { ExportedModel, ParameterRef } from '../shared/engineTypes';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import type { ImportableModel } from '../shared/modelImportSchema';
import { usePlayground } from '../store/store';
import { createEngineClient } from './engineClient';
import { EngineController, type EngineCommand, type RestoreRun } from './engineController';

/** The page's one engine: its state lives in the controller, which tests build with a fake engine. */
const engine = new EngineController(usePlayground, {
  createClient: createEngineClient,
  nextFrame: () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
  writeQuery: (query) => history.replaceState(null, '', `?${query}`),
});

export const connectEngine = (restoreRun: RestoreRun): void => engine.connect(restoreRun);
export const engineCommand = (command: EngineCommand): Promise<void> => engine.command(command);
export const exportModel = (metadata: PlaygroundModelMetadata): Promise<ExportedModel> => engine.exportModel(metadata);
export const importModel = (model: ImportableModel, table: TableDataset | null): Promise<void> => engine.importModel(model, table);
export const setUpBeforeCommands = (work: Promise<unknown>): void => engine.setUpBeforeCommands(work);
export const chooseImage = (choice: ImageChoice): Promise<void> => engine.chooseImage(choice);
export const trainingRows = (): Promise<TrainingRows | null> => engine.trainingRows();
export const setParameter = (ref: ParameterRef, value: number): Promise<void> => engine.setParameter(ref, value);
