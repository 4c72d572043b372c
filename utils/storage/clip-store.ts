/**
 * Saved clips in `storage.local` (key layout in ./keys.ts). Writes happen only inside
 * `clipTransaction`, which holds the clips lock and commits the clip, its summary and its
 * URL-index entry in ONE `set()`: either all of them land or none do, and two saves never lose
 * one. Reads need no lock. Runs in the background and in extension pages; the storage area and
 * the lock are parameters so tests can pass fakes.
 */
import { CLIP_SCHEMA_VERSION, type Clip } from '../clip';
import { validateClip } from '../clip-validate';
import type { LockFn, StorageArea } from './area';
import { asStoredMarkdown, bodySource, type StoredMarkdown } from '../markdown/stored-record';
import {
  CLIP_PREFIX,
  SUMMARY_PREFIX,
  URL_INDEX_PREFIX,
  allBucketKeys,
  clipKey,
  markdownKey,
  summaryKeyFor,
  urlIndexKeyFor,
} from './keys';
import { migrateRecord, type MigrateOptions, type StoredRecord } from './migrations/index';
import { byClippedAtDesc, toSummary, type ClipSummary } from './summary';
import { urlKey } from './url-key';

/** The one lock name every clip write takes. */
export const CLIPS_LOCK = 'news-clipper:clips';

type SummaryBucket = Record<string, ClipSummary>;
type UrlBucket = Record<string, string[]>;

export class ClipStoreError extends Error {
  constructor(
    readonly code: 'invalid' | 'not-found',
    message: string,
  ) {
    super(message);
    this.name = 'ClipStoreError';
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns a stored value into a current-version Clip: migrates older records in memory and
 * validates. Returns null for anything that is not a readable clip (the caller decides whether
 * to quarantine it); never throws.
 */
export function readClipRecord(value: unknown, options: MigrateOptions = {}): Clip | null {
  if (!isObj(value)) return null;
  const migrated = migrateRecord(value as StoredRecord, options);
  if (!migrated.ok) return null;
  const checked = validateClip(migrated.record, options.to ?? CLIP_SCHEMA_VERSION);
  return checked.ok ? checked.value : null;
}

/** Reads and writes inside one lock; see `clipTransaction`. */
export interface ClipTx {
  getClip(id: string): Promise<Clip | null>;
  /** Summaries of the saved clips whose canonical URL matches `url` (after `urlKey`). */
  findByUrl(url: string): Promise<ClipSummary[]>;
  /**
   * Inserts or replaces the clip with this id, with its summary and URL-index entry. The stored
   * Markdown body (`md:<id>`) follows: `markdown` is stored when it was made from this clip's
   * html, url and figures; otherwise a body already stored is kept if it still matches (an edit
   * of the title, tags or note) and removed if not.
   */
  put(clip: Clip, options?: PutOptions): Promise<void>;
  /**
   * Reads in one round trip (two when URLs changed) everything `getClip`/`put` will need for
   * these clips, so a bulk write (restore) costs a few storage calls, not several per clip.
   */
  prefetch(clips: ReadonlyArray<Pick<Clip, 'id' | 'canonicalUrl'>>): Promise<void>;
  /** Removes the clip, its summary and its URL-index entry. */
  delete(id: string): Promise<boolean>;
}

export interface PutOptions {
  /** The clip's Markdown body, made from it by utils/markdown (e.g. by the popup before saving). */
  markdown?: StoredMarkdown | null;
}

class Tx implements ClipTx {
  private readonly cache = new Map<string, unknown>();
  private readonly writes = new Map<string, unknown>();
  private readonly removals = new Set<string>();
  /** Written after the main set(), best effort: derived data that can be made again. */
  private readonly sideWrites = new Map<string, unknown>();

  constructor(private readonly area: StorageArea) {}

  private async read(keys: string[]): Promise<Map<string, unknown>> {
    const missing = keys.filter((k) => !this.cache.has(k));
    if (missing.length > 0) {
      const got = await this.area.get(missing);
      for (const k of missing) this.cache.set(k, got[k]);
    }
    return new Map(keys.map((k) => [k, this.cache.get(k)]));
  }

  private stage(key: string, value: unknown): void {
    this.cache.set(key, value);
    this.sideWrites.delete(key);
    if (value === undefined) {
      this.writes.delete(key);
      this.removals.add(key);
    } else {
      this.removals.delete(key);
      this.writes.set(key, value);
    }
  }

  private stageSide(key: string, value: unknown): void {
    this.cache.set(key, value);
    this.writes.delete(key);
    this.removals.delete(key);
    this.sideWrites.set(key, value);
  }

  async prefetch(clips: ReadonlyArray<Pick<Clip, 'id' | 'canonicalUrl'>>): Promise<void> {
    const keys = new Set<string>();
    for (const c of clips) {
      keys.add(clipKey(c.id));
      keys.add(markdownKey(c.id));
      keys.add(summaryKeyFor(c.id));
      keys.add(urlIndexKeyFor(urlKey(c.canonicalUrl)));
    }
    const got = await this.read([...keys]);
    const previousUrls = new Set<string>();
    for (const c of clips) {
      const prev = got.get(clipKey(c.id));
      if (isObj(prev) && typeof prev.canonicalUrl === 'string') previousUrls.add(urlIndexKeyFor(urlKey(prev.canonicalUrl)));
    }
    await this.read([...previousUrls]);
  }

  async getClip(id: string): Promise<Clip | null> {
    const key = clipKey(id);
    return readClipRecord((await this.read([key])).get(key));
  }

  async findByUrl(url: string): Promise<ClipSummary[]> {
    const uk = urlKey(url);
    const indexKey = urlIndexKeyFor(uk);
    const bucket = (await this.read([indexKey])).get(indexKey);
    const ids = isObj(bucket) && Array.isArray(bucket[uk]) ? (bucket[uk] as string[]) : [];
    if (ids.length === 0) return [];
    const sumKeys = [...new Set(ids.map(summaryKeyFor))];
    const sums = await this.read(sumKeys);
    const out: ClipSummary[] = [];
    for (const id of ids) {
      const b = sums.get(summaryKeyFor(id));
      if (isObj(b) && isObj(b[id])) out.push(b[id] as unknown as ClipSummary);
    }
    return out.sort(byClippedAtDesc);
  }

  private async unindexUrl(id: string, canonicalUrl: string): Promise<void> {
    const uk = urlKey(canonicalUrl);
    const key = urlIndexKeyFor(uk);
    const bucket = (await this.read([key])).get(key);
    if (!isObj(bucket) || !Array.isArray(bucket[uk])) return;
    const rest = (bucket[uk] as string[]).filter((x) => x !== id);
    const next: UrlBucket = { ...(bucket as UrlBucket) };
    if (rest.length > 0) next[uk] = rest;
    else delete next[uk];
    this.stage(key, next);
  }

  private async indexUrl(id: string, canonicalUrl: string): Promise<void> {
    const uk = urlKey(canonicalUrl);
    const key = urlIndexKeyFor(uk);
    const bucket = (await this.read([key])).get(key);
    const current = isObj(bucket) ? (bucket as UrlBucket) : {};
    const ids = Array.isArray(current[uk]) ? current[uk] : [];
    if (ids.includes(id)) return;
    this.stage(key, { ...current, [uk]: [...ids, id] });
  }

  async put(clip: Clip, options: PutOptions = {}): Promise<void> {
    const checked = validateClip(clip, CLIP_SCHEMA_VERSION);
    if (!checked.ok) throw new ClipStoreError('invalid', `Refusing to store an invalid clip: ${checked.errors.join('; ')}`);
    const key = clipKey(clip.id);
    const mdKey = markdownKey(clip.id);
    // One round trip for everything a put reads (the record, its summary and URL buckets).
    const got = await this.read([key, mdKey, summaryKeyFor(clip.id), urlIndexKeyFor(urlKey(clip.canonicalUrl))]);
    const previous = got.get(key);
    this.putMarkdown(clip, options.markdown, got.get(mdKey));
    if (isObj(previous) && typeof previous.canonicalUrl === 'string' && urlKey(previous.canonicalUrl) !== urlKey(clip.canonicalUrl)) {
      await this.unindexUrl(clip.id, previous.canonicalUrl);
    }
    await this.indexUrl(clip.id, clip.canonicalUrl);
    const sumKey = summaryKeyFor(clip.id);
    const bucket = (await this.read([sumKey])).get(sumKey);
    this.stage(sumKey, { ...(isObj(bucket) ? (bucket as SummaryBucket) : {}), [clip.id]: toSummary(clip) });
    this.stage(key, clip);
  }

  private putMarkdown(clip: Clip, given: StoredMarkdown | null | undefined, storedValue: unknown): void {
    const mdKey = markdownKey(clip.id);
    const src = bodySource(clip);
    const fresh = given ? asStoredMarkdown(given) : null;
    if (fresh?.src === src) {
      this.stageSide(mdKey, { ...fresh, updatedAt: clip.updatedAt });
      return;
    }
    const stored = asStoredMarkdown(storedValue);
    if (stored?.src === src) {
      // Same article, edited title/tags/note: the body still holds; it now belongs to this version.
      if (stored.updatedAt !== clip.updatedAt) this.stageSide(mdKey, { ...stored, updatedAt: clip.updatedAt });
    } else if (storedValue !== undefined) {
      this.stage(mdKey, undefined);
    }
  }

  async delete(id: string): Promise<boolean> {
    const key = clipKey(id);
    const mdKey = markdownKey(id);
    const got = await this.read([key, mdKey]);
    const previous = got.get(key);
    if (got.get(mdKey) !== undefined) this.stage(mdKey, undefined);
    const sumKey = summaryKeyFor(id);
    const bucket = (await this.read([sumKey])).get(sumKey);
    const summary = isObj(bucket) && isObj(bucket[id]) ? (bucket[id] as unknown as ClipSummary) : null;
    const canonical = isObj(previous) && typeof previous.canonicalUrl === 'string' ? previous.canonicalUrl : summary?.canonicalUrl;
    if (previous === undefined && !summary) return false;
    if (canonical) await this.unindexUrl(id, canonical);
    if (summary) {
      const next: SummaryBucket = { ...(bucket as SummaryBucket) };
      delete next[id];
      this.stage(sumKey, next);
    }
    this.stage(key, undefined);
    return true;
  }

  async commit(): Promise<void> {
    // Indexes first and the record removal second: if the context dies in between, what is
    // left is an unlisted record (rebuildIndexes finds it), never a listed clip that is gone.
    if (this.writes.size > 0) await this.area.set(Object.fromEntries(this.writes));
    if (this.removals.size > 0) await this.area.remove([...this.removals]);
    if (this.sideWrites.size > 0) {
      try {
        await this.area.set(Object.fromEntries(this.sideWrites));
      } catch {
        // A Markdown body that did not fit is made again at export; the clip itself is saved.
      }
    }
  }
}

/**
 * Runs `fn` under the clips lock with a transaction whose writes are committed together at the
 * end (one `set()`, then one `remove()` for deletions). If `fn` throws, nothing is written.
 */
export async function clipTransaction<T>(area: StorageArea, lock: LockFn, fn: (tx: ClipTx) => Promise<T>): Promise<T> {
  return lock(CLIPS_LOCK, async () => {
    const tx = new Tx(area);
    const result = await fn(tx);
    await tx.commit();
    return result;
  });
}

/** Saves (inserts or replaces by id) one clip. */
export function saveClip(area: StorageArea, clip: Clip, lock: LockFn, options: PutOptions = {}): Promise<void> {
  return clipTransaction(area, lock, (tx) => tx.put(clip, options));
}

/** Deletes one clip; false when there was nothing to delete. */
export function deleteClip(area: StorageArea, id: string, lock: LockFn): Promise<boolean> {
  return clipTransaction(area, lock, (tx) => tx.delete(id));
}

export async function getClip(area: StorageArea, id: string): Promise<Clip | null> {
  const key = clipKey(id);
  return readClipRecord((await area.get(key))[key]);
}

/** Full records for these ids, in the same order; unreadable or missing ones are left out. */
export async function getClips(area: StorageArea, ids: readonly string[]): Promise<Clip[]> {
  if (ids.length === 0) return [];
  const got = await area.get(ids.map(clipKey));
  const out: Clip[] = [];
  for (const id of ids) {
    const clip = readClipRecord(got[clipKey(id)]);
    if (clip) out.push(clip);
  }
  return out;
}

/** Every saved clip's summary, newest first: one `get()` of the 64 summary buckets. */
export async function listSummaries(area: StorageArea): Promise<ClipSummary[]> {
  const got = await area.get(allBucketKeys(SUMMARY_PREFIX));
  const out: ClipSummary[] = [];
  for (const bucket of Object.values(got)) {
    if (!isObj(bucket)) continue;
    for (const summary of Object.values(bucket)) if (isObj(summary)) out.push(summary as unknown as ClipSummary);
  }
  return out.sort(byClippedAtDesc);
}

/** Saved clips with the same canonical URL as `url`, newest first. */
export async function findSavedByUrl(area: StorageArea, url: string): Promise<ClipSummary[]> {
  const uk = urlKey(url);
  const indexKey = urlIndexKeyFor(uk);
  const bucket = (await area.get(indexKey))[indexKey];
  const ids = isObj(bucket) && Array.isArray(bucket[uk]) ? (bucket[uk] as string[]) : [];
  if (ids.length === 0) return [];
  const sums = await area.get([...new Set(ids.map(summaryKeyFor))]);
  return ids
    .map((id) => {
      const b = sums[summaryKeyFor(id)];
      return isObj(b) && isObj(b[id]) ? (b[id] as unknown as ClipSummary) : null;
    })
    .filter((s): s is ClipSummary => s !== null)
    .sort(byClippedAtDesc);
}

export interface RebuildReport {
  clips: number;
  /** Keys under `clip:` that are not readable clips; left in place, not indexed. */
  unreadable: string[];
}

/**
 * Recomputes every summary bucket and URL-index bucket from the `clip:` records (after a
 * migration, or to repair an interrupted delete). One `set()` under the clips lock.
 * `schema` is only for tests of the migration mechanism with a pretend future version.
 */
export function rebuildIndexes(area: StorageArea, lock: LockFn, schema: MigrateOptions = {}): Promise<RebuildReport> {
  return lock(CLIPS_LOCK, async () => {
    const all = await area.get(null);
    const sums: Record<string, SummaryBucket> = Object.fromEntries(allBucketKeys(SUMMARY_PREFIX).map((k) => [k, {}]));
    const urls: Record<string, UrlBucket> = Object.fromEntries(allBucketKeys(URL_INDEX_PREFIX).map((k) => [k, {}]));
    const unreadable: string[] = [];
    let clips = 0;
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(CLIP_PREFIX)) continue;
      const clip = readClipRecord(value, schema);
      if (!clip || clipKey(clip.id) !== key) {
        unreadable.push(key);
        continue;
      }
      clips++;
      sums[summaryKeyFor(clip.id)]![clip.id] = toSummary(clip);
      const uk = urlKey(clip.canonicalUrl);
      const bucket = urls[urlIndexKeyFor(uk)]!;
      bucket[uk] = [...(bucket[uk] ?? []), clip.id];
    }
    await area.set({ ...sums, ...urls });
    return { clips, unreadable };
  });
}
