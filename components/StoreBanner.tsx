/**
 * The store banner for the popup and the library: read-only mode (a failed upgrade, or clips
 * saved by a newer version) and clips set aside as unreadable. Presentational: give it the
 * status from `useStoreStatus()` (utils/use-store-status.ts). Renders nothing when all is well.
 */
import { storeBanner, type StoreStatus } from '../utils/storage/status';

export function StoreBanner({ status }: { status: StoreStatus | null }) {
  const banner = storeBanner(status);
  if (!banner) return null;
  return (
    <div class={`store-banner store-banner-${banner.tone}`} role={banner.tone === 'error' ? 'alert' : 'status'} data-store-banner={status?.readOnly ? 'read-only' : 'quarantine'}>
      {banner.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
