/**
 * Key layout of `storage.local` (pure). One key per clip, plus small bucketed indexes that are
 * always written in the same `set()` as the clip they describe:
 *
 *   clip:<id>           the full Clip record
 *   md:<id>             its Markdown body, made once (utils/markdown/stored-record.ts); written
 *                       after the clip in the same transaction, best effort, valid only while
 *                       its `updatedAt` equals the clip's
 *   sum:<00..3f>        { [id]: ClipSummary } for the clips whose id hashes to that bucket
 *   url:<00..3f>        { [urlKey]: id[] } canonical-URL index ("already saved")
 *   meta:schemaVersion  the schema version every record has been migrated to
 *   backup:v<N>:<id>    a record as it was before migrating away from version N
 */
export const CLIP_PREFIX = 'clip:';
export const MARKDOWN_PREFIX = 'md:';
export const SUMMARY_PREFIX = 'sum:';
export const URL_INDEX_PREFIX = 'url:';
export const SCHEMA_VERSION_KEY = 'meta:schemaVersion';
export const BACKUP_PREFIX = 'backup:';

/** Number of summary buckets and of URL-index buckets. A power of two. */
export const BUCKET_COUNT = 64;

/** Clip ids are 8–64 characters of [A-Za-z0-9_-] (utils/clip-validate.ts). */
export const CLIP_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** FNV-1a, 32 bit: stable across contexts and versions; only used to spread keys over buckets. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function bucketOf(text: string): string {
  return (hash32(text) % BUCKET_COUNT).toString(16).padStart(2, '0');
}

export const clipKey = (id: string): string => `${CLIP_PREFIX}${id}`;
export const markdownKey = (id: string): string => `${MARKDOWN_PREFIX}${id}`;
export const summaryKeyFor = (id: string): string => `${SUMMARY_PREFIX}${bucketOf(id)}`;
export const urlIndexKeyFor = (urlKey: string): string => `${URL_INDEX_PREFIX}${bucketOf(urlKey)}`;
export const backupKey = (fromVersion: number, id: string): string => `${BACKUP_PREFIX}v${fromVersion}:${id}`;

/** Every bucket key of one kind, e.g. all 64 `sum:` keys, for one bulk `get()`. */
export function allBucketKeys(prefix: string): string[] {
  return Array.from({ length: BUCKET_COUNT }, (_, i) => `${prefix}${i.toString(16).padStart(2, '0')}`);
}

/** A new clip id: 22 URL-safe characters from 16 random bytes. */
export function newClipId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b & 63];
  return out.slice(0, 22);
}
