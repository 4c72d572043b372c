/**
 * Storage change events → what the open library must update (pure, reliability.md D16).
 * `storage.onChanged` hands every page the old and new value of each changed key, so nothing is
 * read again: a summary bucket (`sum:xx`) that changed is diffed entry by entry, and a clip
 * record (`clip:<id>`) that changed gives the new article text for the text index.
 */
import { CLIP_PREFIX, SUMMARY_PREFIX } from '../storage/keys';
import type { ClipSummary } from '../storage/summary';
import type { BodyDoc } from './body-index';

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isStrs = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/** Enough of a ClipSummary's shape for the list to render it without throwing. */
export function isSummary(v: unknown): v is ClipSummary {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.title) &&
    isStrOrNull(v.siteName) &&
    isStrs(v.authors) &&
    isStrOrNull(v.published) &&
    isStr(v.clippedAt) &&
    isStr(v.updatedAt) &&
    isStrs(v.tags) &&
    typeof v.wordCount === 'number' &&
    isStrOrNull(v.leadImage) &&
    isStr(v.url) &&
    isStr(v.canonicalUrl) &&
    isStr(v.note)
  );
}

/** The summaries held in one stored bucket value (anything malformed is skipped). */
export function summariesIn(bucket: unknown): Map<string, ClipSummary> {
  const out = new Map<string, ClipSummary>();
  if (!isObj(bucket)) return out;
  for (const [id, s] of Object.entries(bucket)) if (isSummary(s) && s.id === id) out.set(id, s);
  return out;
}

export interface SummaryDelta {
  upserts: ClipSummary[];
  removed: string[];
}

function sameSummary(a: ClipSummary, b: ClipSummary): boolean {
  return a.updatedAt === b.updatedAt && JSON.stringify(a) === JSON.stringify(b);
}

export function summaryDelta(changes: Readonly<Record<string, StorageChange>>): SummaryDelta {
  const upserts: ClipSummary[] = [];
  const removed: string[] = [];
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(SUMMARY_PREFIX)) continue;
    const before = summariesIn(change.oldValue);
    const after = summariesIn(change.newValue);
    for (const [id, s] of after) {
      const old = before.get(id);
      if (!old || !sameSummary(old, s)) upserts.push(s);
    }
    for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  }
  // An id can move between buckets only by being removed from one and added to another.
  const upserted = new Set(upserts.map((s) => s.id));
  return { upserts, removed: removed.filter((id) => !upserted.has(id)) };
}

export interface TextDelta {
  put: BodyDoc[];
  removed: string[];
}

export function textDelta(changes: Readonly<Record<string, StorageChange>>): TextDelta {
  const put: BodyDoc[] = [];
  const removed: string[] = [];
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(CLIP_PREFIX)) continue;
    const id = key.slice(CLIP_PREFIX.length);
    const v = change.newValue;
    if (v === undefined) {
      removed.push(id);
      continue;
    }
    if (isObj(v) && v.id === id && isStr(v.updatedAt) && isStr(v.text)) put.push({ id, version: v.updatedAt, text: v.text });
  }
  return { put, removed };
}

/** True when any change touches clips (summaries or records), i.e. the storage meter is stale. */
export function touchesClips(changes: Readonly<Record<string, StorageChange>>): boolean {
  return Object.keys(changes).some((k) => k.startsWith(SUMMARY_PREFIX) || k.startsWith(CLIP_PREFIX));
}
