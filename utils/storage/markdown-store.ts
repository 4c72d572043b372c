/**
 * Reading the stored Markdown bodies (`md:<id>`) for an export, and filling in the ones that are
 * missing (clips saved before bodies were stored, or whose body did not fit). The body is
 * written with the clip by `ClipTx.put`; these are the read side and the lazy fill.
 */
import { CLIP_SCHEMA_VERSION, type Clip } from '../clip';
import { asStoredMarkdown, storedMatches, type StoredMarkdown } from '../markdown/stored-record';
import type { LockFn, StorageArea } from './area';
import { CLIPS_LOCK } from './clip-store';
import { SCHEMA_VERSION_KEY, markdownKey, summaryKeyFor } from './keys';

/** Keys per get(): each body is a few KB. */
const READ_CHUNK = 500;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored bodies that belong to these exact clip versions, by id (others are left out). */
export async function getStoredMarkdown(area: StorageArea, clips: ReadonlyArray<Pick<Clip, 'id' | 'updatedAt'>>): Promise<Map<string, StoredMarkdown>> {
  const out = new Map<string, StoredMarkdown>();
  for (let i = 0; i < clips.length; i += READ_CHUNK) {
    const part = clips.slice(i, i + READ_CHUNK);
    const got = await area.get(part.map((c) => markdownKey(c.id)));
    for (const clip of part) {
      const stored = asStoredMarkdown(got[markdownKey(clip.id)]);
      if (storedMatches(clip, stored)) out.set(clip.id, stored);
    }
  }
  return out;
}

export interface MarkdownFill {
  id: string;
  markdown: StoredMarkdown;
}

/**
 * Stores bodies made outside a save (by the library page, which has a DOM), under the clips
 * lock: each only if its clip still has the `updatedAt` the body was made from, so a clip
 * edited or replaced meanwhile never gets an old body. Nothing is written to a store saved by a
 * newer version (read-only, schema.ts). Returns how many were written.
 */
export function putStoredMarkdown(area: StorageArea, lock: LockFn, fills: readonly MarkdownFill[]): Promise<number> {
  if (fills.length === 0) return Promise.resolve(0);
  return lock(CLIPS_LOCK, async () => {
    const buckets = await area.get([SCHEMA_VERSION_KEY, ...new Set(fills.map((f) => summaryKeyFor(f.id)))]);
    const version = buckets[SCHEMA_VERSION_KEY];
    if (typeof version === 'number' && version > CLIP_SCHEMA_VERSION) return 0;
    const writes: Record<string, StoredMarkdown> = {};
    let n = 0;
    for (const { id, markdown } of fills) {
      const bucket = buckets[summaryKeyFor(id)];
      const summary = isObj(bucket) ? bucket[id] : undefined;
      const checked = asStoredMarkdown(markdown);
      if (!checked || !isObj(summary) || summary.updatedAt !== checked.updatedAt) continue;
      writes[markdownKey(id)] = checked;
      n++;
    }
    if (n > 0) await area.set(writes);
    return n;
  });
}
