/**
 * Storage quota arithmetic (reliability.md D1, D14). Chrome counts an item as its key's length
 * plus the length of its value's JSON, and refuses a whole `set()` that would pass the quota;
 * `unlimitedStorage` lifts the quota. Estimating first lets the background refuse a clip that
 * cannot fit with the same clear message before it tries. Pure apart from the area passed in.
 */

/** Bytes the items would take in Chrome's accounting (UTF-8 of key + JSON value). */
export function estimateBytes(items: Readonly<Record<string, unknown>>): number {
  const enc = new TextEncoder();
  let total = 0;
  for (const [key, value] of Object.entries(items)) {
    total += enc.encode(key).length + enc.encode(JSON.stringify(value) ?? '').length;
  }
  return total;
}

export interface QuotaUsage {
  bytesInUse: number;
  quota: number;
}

/** What `browser.storage.local` may offer; both are missing in some browsers (D14). */
export interface QuotaSource {
  getBytesInUse?: (keys: null) => Promise<number>;
  QUOTA_BYTES?: number;
}

/**
 * Current usage against the hard quota, or null when there is no quota to respect
 * (`unlimitedStorage`) or no way to measure it (no getBytesInUse, e.g. Firefox before 144:
 * the write itself then reports a full store).
 */
export async function readQuotaUsage(area: QuotaSource, unlimited: boolean): Promise<QuotaUsage | null> {
  if (unlimited) return null;
  const quota = typeof area.QUOTA_BYTES === 'number' && area.QUOTA_BYTES > 0 ? area.QUOTA_BYTES : null;
  if (quota === null || typeof area.getBytesInUse !== 'function') return null;
  try {
    const used = await area.getBytesInUse(null);
    return typeof used === 'number' && Number.isFinite(used) ? { bytesInUse: used, quota } : null;
  } catch {
    return null;
  }
}

/** True when writing `bytes` more would pass the quota (unknown usage never refuses). */
export function wouldExceed(usage: QuotaUsage | null, bytes: number): boolean {
  return usage !== null && usage.bytesInUse + bytes > usage.quota;
}

/** Chrome's error when a write passes the quota; Firefox words it differently. */
export function isQuotaError(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /quota/i.test(text);
}
