/**
 * Boot: the remembered first screen is read synchronously and painted at once; the store then
 * reads the real list, builds the search indexes and follows storage changes.
 */
import { render } from 'preact';
import { FIRST_ROW_TIMING } from '../../components/library/ClipRow';
import { browser } from '#imports';
import { afterFirstPaint, browserAfterPaintEnv } from '../../utils/library/after-paint';
import { readHeadCache, type KeyValueStore } from '../../utils/library/head-cache';
import { App } from './App';
import { LibraryStore } from './library-store';
import './style.css';

performance.mark('library-boot');

/** Longest wait for the remembered rows' paint before the real list is read anyway. */
const FIRST_PAINT_WAIT_MS = 1_000;

interface LocalAreaExtras {
  getBytesInUse?: (keys: null) => Promise<number>;
  QUOTA_BYTES?: number;
}

const headStore: KeyValueStore | null = (() => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
})();

const head = headStore ? readHeadCache(headStore) : null;

const store = new LibraryStore(
  {
    area: browser.storage.local,
    onChanged: browser.storage.onChanged,
    headStore,
    indexedDB: globalThis.indexedDB ?? null,
    async meterInputs() {
      const local = browser.storage.local as unknown as LocalAreaExtras;
      // Firefox before 144 has no getBytesInUse (reliability.md D14): the meter estimates then.
      const bytesInUse = typeof local.getBytesInUse === 'function' ? await local.getBytesInUse(null).catch(() => null) : null;
      const unlimited = await browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false);
      const estimate = await navigator.storage?.estimate?.().catch(() => null);
      return {
        bytesInUse: typeof bytesInUse === 'number' ? bytesInUse : null,
        hardQuota: unlimited ? null : (local.QUOTA_BYTES ?? 10 * 1024 * 1024),
        origin: estimate && typeof estimate.quota === 'number' && typeof estimate.usage === 'number' ? { usage: estimate.usage, quota: estimate.quota } : null,
      };
    },
  },
  head,
);

render(<App store={store} />, document.getElementById('app')!);
performance.mark('library-rendered');

// With remembered rows to show, the real list is read once they are on screen: the 64 storage
// answers are turned into objects on this thread, and arriving while the rows' frame is still
// being rastered they would delay it (utils/library/after-paint.ts).
if (head && head.rows.length > 0) {
  afterFirstPaint(browserAfterPaintEnv(), { identifier: FIRST_ROW_TIMING, fallbackMs: FIRST_PAINT_WAIT_MS }, () => store.start());
} else {
  store.start();
}
