/**
 * `useStoreStatus()`: the store's status (read-only? records set aside?) for an extension page,
 * asked from the background once and again whenever the quarantine report or the schema version
 * changes in storage. Render it with components/StoreBanner.tsx.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { sendMessage } from './messaging';
import { SCHEMA_VERSION_KEY } from './storage/keys';
import { QUARANTINE_REPORT_KEY } from './storage/quarantine';
import type { StoreStatus } from './storage/status';

export function useStoreStatus(): StoreStatus | null {
  const [status, setStatus] = useState<StoreStatus | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void sendMessage('storeStatus', undefined)
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
  }, []);
  return status;
}
