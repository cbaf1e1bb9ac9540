import type { ModelJson } from '../shared/modelExport';

const DB = 'neural-playground';
const STORE = 'runs';
const KEY = 'current';

export interface SavedModel {
  modelJson: ModelJson;
  weightData: ArrayBuffer;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The current run's trained model, in the same form as an export, so loading it is an import. */
export const saveModel = (model: SavedModel) => transact('readwrite', (store) => store.put(model, KEY));
export const loadModel = () => transact<SavedModel | undefined>('readonly', (store) => store.get(KEY) as IDBRequest<SavedModel | undefined>);
export const clearModel = () => transact('readwrite', (store) => store.delete(KEY));
