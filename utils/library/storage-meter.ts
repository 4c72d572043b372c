/**
 * The storage meter's judgement (pure): how full clip storage is, and when to warn.
 *
 * Two situations (reliability.md D1, D2, D13, D14):
 *  - A hard quota (`storage.local.QUOTA_BYTES`, 10 MiB in Chrome) applies when the extension runs
 *    without `unlimitedStorage`. A clip is typically 10–50 KB but may be up to 4 MB (the save
 *    limit), so we warn at 70% (the last ~3 MB: a few large clips) and call it critical at 90%,
 *    where the next save may fail.
 *  - With `unlimitedStorage` (the shipped build) there is no quota; the real limit is the disk.
 *    `navigator.storage.estimate()` reports what the browser would still grant the extension
 *    origin, i.e. free disk space: `quota - usage`. We warn when less than 1 GB is left, or when
 *    what is left is smaller than the library itself (a full backup or export could no longer be
 *    written next to it), and call it critical under 200 MB, where the browser and the system
 *    themselves start failing writes. Independently, a library over 500 MB gets a gentle notice:
 *    nothing is wrong, but exports and backups take a while, so keep a recent backup.
 * When `getBytesInUse` is missing (Firefox before 144) the size is estimated from the word counts
 * in the summaries and shown as "about".
 */
import type { ClipSummary } from '../storage/summary';

export type MeterLevel = 'ok' | 'notice' | 'warning' | 'critical';

const MB = 1024 * 1024;
export const HARD_WARNING_FRACTION = 0.7;
export const HARD_CRITICAL_FRACTION = 0.9;
export const FREE_WARNING_BYTES = 1024 * MB;
export const FREE_CRITICAL_BYTES = 200 * MB;
export const LARGE_LIBRARY_BYTES = 500 * MB;

export interface MeterInput {
  /** `storage.local.getBytesInUse(null)`, or null when the browser lacks it. */
  bytesInUse: number | null;
  /** Used when `bytesInUse` is null. */
  estimatedBytes: number;
  /** The enforced quota, or null with unlimitedStorage. */
  hardQuota: number | null;
  /** `navigator.storage.estimate()`, when available. */
  origin: { usage: number; quota: number } | null;
}

export interface MeterReading {
  level: MeterLevel;
  bytes: number;
  exact: boolean;
  /** What the bar is measured against (hard quota, or library + free space), or null. */
  limit: number | null;
  /** bytes / limit, 0..1, or null without a limit. */
  fraction: number | null;
  /** One sentence for the user when level is not 'ok'. */
  message: string | null;
}

export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  if (n < 1024) return `${Math.round(n)} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** A rough size of the stored clips from their summaries: text, HTML and metadata per word. */
export function estimateBytes(summaries: readonly ClipSummary[]): number {
  let total = 0;
  // ~6 bytes of text and ~10 of HTML per word, plus the record's metadata and its summary.
  for (const s of summaries) total += 2_000 + Math.max(0, s.wordCount) * 16 + s.note.length;
  return total;
}

export function readMeter(input: MeterInput): MeterReading {
  const exact = input.bytesInUse !== null;
  const bytes = Math.max(0, input.bytesInUse ?? input.estimatedBytes);
  const size = `${exact ? '' : 'about '}${formatBytes(bytes)}`;
  if (input.hardQuota !== null && input.hardQuota > 0) {
    const fraction = Math.min(1, bytes / input.hardQuota);
    const left = formatBytes(Math.max(0, input.hardQuota - bytes));
    if (fraction >= HARD_CRITICAL_FRACTION) {
      return { level: 'critical', bytes, exact, limit: input.hardQuota, fraction, message: `Clip storage is almost full (${size} of ${formatBytes(input.hardQuota)}; ${left} left): new clips may fail to save. Export a backup, then delete clips you no longer need.` };
    }
    if (fraction >= HARD_WARNING_FRACTION) {
      return { level: 'warning', bytes, exact, limit: input.hardQuota, fraction, message: `Clip storage is filling up (${size} of ${formatBytes(input.hardQuota)}; ${left} left). Consider exporting a backup and deleting old clips.` };
    }
    return { level: 'ok', bytes, exact, limit: input.hardQuota, fraction, message: null };
  }
  const free = input.origin ? Math.max(0, input.origin.quota - input.origin.usage) : null;
  const limit = free === null ? null : bytes + free;
  const fraction = limit ? Math.min(1, bytes / limit) : null;
  if (free !== null && free < FREE_CRITICAL_BYTES) {
    return { level: 'critical', bytes, exact, limit, fraction, message: `The disk is almost full (${formatBytes(free)} free): new clips may fail to save. Free some disk space, or export a backup and delete clips.` };
  }
  if (free !== null && (free < FREE_WARNING_BYTES || free < bytes)) {
    return { level: 'warning', bytes, exact, limit, fraction, message: `Disk space is running low (${formatBytes(free)} free; your clips use ${size}). Export a backup to another drive while there is room.` };
  }
  if (bytes >= LARGE_LIBRARY_BYTES) {
    return { level: 'notice', bytes, exact, limit, fraction, message: `Your library is large (${size}). Everything works, but exports and backups take a while: keep a recent backup.` };
  }
  return { level: 'ok', bytes, exact, limit, fraction, message: null };
}
