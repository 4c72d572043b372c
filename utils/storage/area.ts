/**
 * The slice of `browser.storage.local` / `.session` the storage module uses. Every function in
 * utils/storage takes one of these as a parameter, so unit tests pass WXT's fakeBrowser areas
 * (or a deliberately slow fake) and the extension passes the real ones. Pure interface.
 */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every key in the area (Chrome 130+); absent elsewhere, where callers fall back to get(null). */
  getKeys?(): Promise<string[]>;
}

/**
 * Runs `fn` while holding the named lock, so read-modify-write sequences on shared keys never
 * interleave. In the extension this is `navigator.locks.request` (one lock manager per extension
 * origin: background, popup and library all share it); elsewhere an in-process queue.
 */
export type LockFn = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/** A lock for one JS context only: a promise chain per name. Used in Node and as a fallback. */
export function createLocalLock(): LockFn {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const previous = tails.get(name) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(name, tail);
    void tail.then(() => {
      if (tails.get(name) === tail) tails.delete(name);
    });
    return run;
  };
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** `navigator.locks` when the context has it (extension pages, service workers), else a local lock. */
export function defaultLock(): LockFn {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks && typeof locks.request === 'function') {
    return <T>(name: string, fn: () => Promise<T>) => locks.request(name, fn);
  }
  return createLocalLock();
}
