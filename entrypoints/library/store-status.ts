/**
 * The store's status for the library (read-only? records set aside?), asked from the background
 * once `enabled` (after the first screen) and again whenever the quarantine report or the schema
 * version changes. Same contract as utils/use-store-status.ts (the popup's), but the messaging
 * runtime is loaded lazily with the other jobs, so it stays off the first screen's path.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { SCHEMA_VERSION_KEY } from '../../utils/storage/keys';
import { QUARANTINE_REPORT_KEY } from '../../utils/storage/quarantine';
import type { StoreStatus } from '../../utils/storage/status';

export function useStoreStatus(enabled: boolean): StoreStatus | null {
  const [status, setStatus] = useState<StoreStatus | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const load = () =>
      void import('./jobs')
        .then((jobs) => jobs.sendMessage('storeStatus', undefined))
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
  }, [enabled]);
  return status;
}
