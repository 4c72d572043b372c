/**
 * Quarantine of unreadable clip records (reliability.md D12). A `clip:` record that is not a
 * readable clip (bad JSON shape, missing fields, an id that does not match its key) is MOVED to
 * `bad:clip:<id>` with the reason and the time, never deleted, and taken out of the summary and
 * URL indexes so the library lists only clips it can open. `meta:quarantine` keeps the report
 * the library and popup show ("1 clip could not be read").
 *
 * Records saved by a NEWER version are not damaged, only not understood: they are left in place
 * (the store is read-only then, see schema.ts) and never quarantined.
 *
 * Writes happen only in the background, under the clips lock, in one `set()` followed by one
 * `remove()` of the originals; if the context dies in between, the next check finds the
 * originals still bad and moves them again (idempotent).
 */
import { CLIP_SCHEMA_VERSION } from '../clip';
import { validateClip } from '../clip-validate';
import type { LockFn, StorageArea } from './area';
import { CLIPS_LOCK } from './clip-store';
import { CLIP_PREFIX, clipKey, summaryKeyFor, urlIndexKeyFor } from './keys';
import { migrateRecord, recordVersion, type StoredRecord } from './migrations/index';
import { urlKey } from './url-key';

export const QUARANTINE_PREFIX = 'bad:';
export const QUARANTINE_REPORT_KEY = 'meta:quarantine';
/** When the last full check of every record ran (epoch ms). */
export const LAST_CHECK_KEY = 'meta:lastCheck';
/** A full check runs at most this often (at a service-worker start). */
export const FULL_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** The report lists at most this many entries (the count stays exact). */
const MAX_REPORT_ENTRIES = 50;
/** Records read per `get()` during a full check, so no single answer is huge. */
const CHECK_CHUNK = 100;

export const quarantineKey = (key: string): string => `${QUARANTINE_PREFIX}${key}`;

export interface QuarantineEntry {
  /** The key the record was stored under (`clip:<id>`). */
  key: string;
  reason: string;
  /** ISO time it was moved. */
  at: string;
}

export interface QuarantineReport {
  /** Records currently set aside. */
  count: number;
  /** The most recent ones, newest first. */
  entries: QuarantineEntry[];
}

/** What is stored under `bad:<key>`: the record exactly as it was, with why and when. */
export interface QuarantinedRecord extends QuarantineEntry {
  value: unknown;
}

export const EMPTY_REPORT: QuarantineReport = { count: 0, entries: [] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why the record under `key` cannot be read, or null when it is a readable clip or one saved by
 * a newer version (not ours to judge). Pure.
 */
export function unreadableReason(key: string, value: unknown, current = CLIP_SCHEMA_VERSION): string | null {
  if (!key.startsWith(CLIP_PREFIX)) return null;
  if (!isObj(value)) return `not a clip record (${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value})`;
  if (recordVersion(value as StoredRecord) > current) return null;
  const migrated = migrateRecord(value as StoredRecord, { to: current });
  if (!migrated.ok) return migrated.error;
  const checked = validateClip(migrated.record, current);
  if (!checked.ok) return checked.errors.slice(0, 3).join('; ');
  if (clipKey(checked.value.id) !== key) return 'its id does not match its key';
  return null;
}

export function isQuarantineReport(v: unknown): v is QuarantineReport {
  return isObj(v) && typeof v.count === 'number' && Array.isArray(v.entries);
}

/** The current report (empty when nothing was ever set aside). */
export async function readQuarantineReport(area: StorageArea): Promise<QuarantineReport> {
  const v = (await area.get(QUARANTINE_REPORT_KEY))[QUARANTINE_REPORT_KEY];
  return isQuarantineReport(v) ? v : EMPTY_REPORT;
}

/** The sentence the library and the popup show, or null when nothing was set aside. */
export function quarantineSentence(report: QuarantineReport): string | null {
  if (report.count <= 0) return null;
  const n = report.count;
  return `${n} clip${n === 1 ? '' : 's'} could not be read. ${n === 1 ? 'It was' : 'They were'} set aside, not deleted; the rest of your library is fine.`;
}

async function allClipKeys(area: StorageArea): Promise<string[]> {
  if (typeof area.getKeys === 'function') {
    return (await area.getKeys()).filter((k) => k.startsWith(CLIP_PREFIX));
  }
  // Firefox and older Chrome have no getKeys: one read of everything.
  return Object.keys(await area.get(null)).filter((k) => k.startsWith(CLIP_PREFIX));
}

/**
 * Moves the unreadable records among `keys` to quarantine, under the clips lock (re-reading them
 * there, so a record fixed or saved meanwhile is left alone). Returns the keys it moved.
 */
export async function quarantineRecords(
  area: StorageArea,
  lock: LockFn,
  keys: readonly string[],
  now: () => number = Date.now,
): Promise<string[]> {
  const wanted = [...new Set(keys.filter((k) => k.startsWith(CLIP_PREFIX)))];
  if (wanted.length === 0) return [];
  return lock(CLIPS_LOCK, async () => {
    const got = await area.get(wanted);
    const at = new Date(now()).toISOString();
    const moved: QuarantinedRecord[] = [];
    // Listed but gone (an interrupted delete): only the index entries go, there is nothing to keep.
    const dangling: string[] = [];
    for (const key of wanted) {
      if (!(key in got)) {
        dangling.push(key);
        continue;
      }
      const reason = unreadableReason(key, got[key]);
      if (reason) moved.push({ key, reason, at, value: got[key] });
    }
    if (moved.length === 0 && dangling.length === 0) return [];

    // Index entries that point at these records: by id (summaries) and by URL (index).
    const ids = [...moved.map((m) => m.key), ...dangling].map((k) => k.slice(CLIP_PREFIX.length));
    const sumKeys = [...new Set(ids.map(summaryKeyFor))];
    const sums = await area.get([...sumKeys, QUARANTINE_REPORT_KEY]);
    const urls = new Set<string>();
    const writes: Record<string, unknown> = {};
    for (const key of sumKeys) {
      const bucket = sums[key];
      if (!isObj(bucket)) continue;
      const next = { ...bucket };
      let changed = false;
      for (const id of ids) {
        if (!(id in next)) continue;
        const s = next[id];
        if (isObj(s) && typeof s.canonicalUrl === 'string') urls.add(s.canonicalUrl);
        delete next[id];
        changed = true;
      }
      if (changed) writes[key] = next;
    }
    for (const m of moved) if (isObj(m.value) && typeof m.value.canonicalUrl === 'string') urls.add(m.value.canonicalUrl);
    const urlBucketKeys = [...new Set([...urls].map((u) => urlIndexKeyFor(urlKey(u))))];
    const urlBuckets = urlBucketKeys.length > 0 ? await area.get(urlBucketKeys) : {};
    const idSet = new Set(ids);
    for (const key of urlBucketKeys) {
      const bucket = urlBuckets[key];
      if (!isObj(bucket)) continue;
      const next: Record<string, unknown> = { ...bucket };
      let changed = false;
      for (const [uk, list] of Object.entries(bucket)) {
        if (!Array.isArray(list) || !list.some((id) => idSet.has(id as string))) continue;
        const kept = list.filter((id) => !idSet.has(id as string));
        if (kept.length > 0) next[uk] = kept;
        else delete next[uk];
        changed = true;
      }
      if (changed) writes[key] = next;
    }

    const previous = isQuarantineReport(sums[QUARANTINE_REPORT_KEY]) ? sums[QUARANTINE_REPORT_KEY] : EMPTY_REPORT;
    const fresh = new Set(moved.map((m) => m.key));
    const kept = previous.entries.filter((e) => !fresh.has(e.key));
    const alreadyCounted = previous.entries.length - kept.length;
    const report: QuarantineReport = {
      count: previous.count - alreadyCounted + moved.length,
      entries: [...moved.map(({ key, reason, at: when }) => ({ key, reason, at: when })), ...kept].slice(0, MAX_REPORT_ENTRIES),
    };
    for (const m of moved) writes[quarantineKey(m.key)] = m;
    if (moved.length > 0) writes[QUARANTINE_REPORT_KEY] = report;
    if (Object.keys(writes).length > 0) await area.set(writes);
    if (moved.length > 0) await area.remove(moved.map((m) => m.key));
    return moved.map((m) => m.key);
  });
}

export interface CheckResult {
  checked: number;
  moved: string[];
}

/**
 * Reads every clip record (a chunk at a time, without the lock, so saves are not held up) and
 * quarantines the unreadable ones. Records the time of the check.
 */
export async function checkAllRecords(area: StorageArea, lock: LockFn, now: () => number = Date.now): Promise<CheckResult> {
  const keys = await allClipKeys(area);
  const suspects: string[] = [];
  for (let i = 0; i < keys.length; i += CHECK_CHUNK) {
    const chunk = keys.slice(i, i + CHECK_CHUNK);
    const got = await area.get(chunk);
    for (const key of chunk) if (key in got && unreadableReason(key, got[key])) suspects.push(key);
  }
  const moved = await quarantineRecords(area, lock, suspects, now);
  await area.set({ [LAST_CHECK_KEY]: now() });
  return { checked: keys.length, moved };
}

/** Whether a full check is due (none yet, or the last one is older than the interval). */
export async function fullCheckDue(area: StorageArea, now: () => number = Date.now): Promise<boolean> {
  const last = (await area.get(LAST_CHECK_KEY))[LAST_CHECK_KEY];
  return typeof last !== 'number' || !Number.isFinite(last) || now() - last >= FULL_CHECK_INTERVAL_MS || last > now();
}

/** Quarantines the unreadable records among these clip ids (the library found it could not open them). */
export function checkClipIds(area: StorageArea, lock: LockFn, ids: readonly string[], now: () => number = Date.now): Promise<string[]> {
  return quarantineRecords(area, lock, ids.map(clipKey), now);
}
