/**
 * Reading what the library shows (pure over a StorageArea).
 *  - `loadSummaries`: the 64 summary buckets as 64 parallel gets rather than one get of 64
 *    keys: Chromium turns each answer into page objects separately, and measured with 10,000
 *    summaries the parallel form was ~3× faster.
 *  - `readTexts`: article texts of many clips, a few records per get so no single answer is
 *    large and the page can yield between them.
 */
import type { StorageArea } from '../storage/area';
import { SUMMARY_PREFIX, allBucketKeys, clipKey } from '../storage/keys';
import type { ClipSummary } from '../storage/summary';
import type { BodyDoc } from './body-index';
import { summariesIn } from './changes';

export async function loadSummaries(area: StorageArea): Promise<Map<string, ClipSummary>> {
  const parts = await Promise.all(allBucketKeys(SUMMARY_PREFIX).map((key) => area.get(key).then((got) => got[key])));
  const out = new Map<string, ClipSummary>();
  for (const bucket of parts) for (const [id, s] of summariesIn(bucket)) out.set(id, s);
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Texts of these clips, in chunks of `chunk` records; missing or unreadable records are skipped. */
export async function* readTexts(area: StorageArea, ids: readonly string[], chunk = 25): AsyncGenerator<BodyDoc[]> {
  for (let i = 0; i < ids.length; i += chunk) {
    const keys = ids.slice(i, i + chunk).map(clipKey);
    const got = await area.get(keys);
    const docs: BodyDoc[] = [];
    for (const key of keys) {
      const v = got[key];
      if (isObj(v) && typeof v.id === 'string' && typeof v.updatedAt === 'string' && typeof v.text === 'string' && clipKey(v.id) === key) {
        docs.push({ id: v.id, version: v.updatedAt, text: v.text });
      }
    }
    yield docs;
  }
}
