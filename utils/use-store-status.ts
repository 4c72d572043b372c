/**
 * `useStoreStatus(ask)`: the store's status (read-only? records set aside?) for an extension page,
 * asked from the background through `ask` and again whenever the quarantine report or the schema
 * version changes in storage. `ask` is null until the page wants it (the library waits for its
 * first screen); pass a stable function so the subscription is made once. Pages supply their own
 * `ask` so each loads the messaging runtime when it suits it. Render it with
 * components/StoreBanner.tsx.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { SCHEMA_VERSION_KEY } from './storage/keys';
import { QUARANTINE_REPORT_KEY } from './storage/quarantine';
import type { StoreStatus } from './storage/status';

export function useStoreStatus(ask: (() => Promise<StoreStatus>) | null): StoreStatus | null {
  const [status, setStatus] = useState<StoreStatus | null>(null);
  useEffect(() => {
    if (!ask) return;
    let alive = true;
    const load = () =>
      void ask()
        .then((s) => {
          if (alive) setStatus(s);
        })
        .catch(() => undefined);
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (QUARANTINE_REPORT_KEY in changes || SCHEMA_VERSION_KEY in changes)) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [ask]);
  return status;
}
