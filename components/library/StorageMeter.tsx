/** Bytes in use, a bar when there is something to measure against, and the warning when there is one. */
import { formatBytes, type MeterReading } from '../../utils/library/storage-meter';

export function StorageMeter({ reading }: { reading: MeterReading | null }) {
  if (!reading) return null;
  const used = `${reading.exact ? '' : 'about '}${formatBytes(reading.bytes)}`;
  return (
    <div class={`storage-meter level-${reading.level}`} data-level={reading.level}>
      <span class="meter-label">
        {reading.limit !== null ? `Storage: ${used} of ${formatBytes(reading.limit)}` : `Storage: ${used} used`}
      </span>
      {reading.fraction !== null ? (
        <meter min={0} max={1} low={0.7} high={0.9} optimum={0} value={reading.fraction} aria-label="Storage used" />
      ) : null}
      {reading.message ? (
        <p class="meter-message" role={reading.level === 'warning' || reading.level === 'critical' ? 'alert' : 'status'}>
          {reading.message}
        </p>
      ) : null}
    </div>
  );
}
