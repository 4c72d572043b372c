/**
 * Where the article-text index is kept between visits: IndexedDB of the extension origin
 * (covered by `unlimitedStorage`; derived data, rebuilt from the clips if it is ever lost).
 * One record holding typed arrays, which structured clone copies fast. The IndexedDB factory
 * is a parameter so the page passes its own.
 */
import { BodyIndex, type BodyIndexSnapshot } from './body-index';

export const LIBRARY_DB = 'news-clipper-library';
const STORE = 'search';
const BODY_KEY = 'body';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function openLibraryDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(LIBRARY_DB, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another open library page'));
  });
}

/** The saved snapshot when it was written by this code's format and tokenizer, else null. */
export async function loadBodySnapshot(db: IDBDatabase): Promise<BodyIndexSnapshot | null> {
  const value = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(BODY_KEY));
  return BodyIndex.compatible(value) ? value : null;
}

export async function saveBodySnapshot(db: IDBDatabase, snapshot: BodyIndexSnapshot): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).put(snapshot, BODY_KEY);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}

export async function clearBodySnapshot(db: IDBDatabase): Promise<void> {
  await request(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(BODY_KEY));
}
