/**
 * The compact view of a clip kept in the `sum:` buckets (pure), so the library can list and
 * sort 10,000 clips without reading every full record.
 */
import type { Clip } from '../clip';

export interface ClipSummary {
  id: string;
  title: string;
  siteName: string | null;
  authors: string[];
  published: string | null;
  clippedAt: string;
  updatedAt: string;
  tags: string[];
  wordCount: number;
  leadImage: string | null;
  url: string;
  canonicalUrl: string;
  note: string;
  fromSelection: boolean;
}

export function toSummary(clip: Clip): ClipSummary {
  return {
    id: clip.id,
    title: clip.title,
    siteName: clip.siteName,
    authors: clip.authors,
    published: clip.published,
    clippedAt: clip.clippedAt,
    updatedAt: clip.updatedAt,
    tags: clip.tags,
    wordCount: clip.wordCount,
    leadImage: clip.leadImage,
    url: clip.url,
    canonicalUrl: clip.canonicalUrl,
    note: clip.note,
    fromSelection: clip.fromSelection,
  };
}

/** Newest first by the time the clip was saved; ties broken by id so the order is stable. */
export function byClippedAtDesc(a: ClipSummary, b: ClipSummary): number {
  if (a.clippedAt !== b.clippedAt) return a.clippedAt < b.clippedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
