/**
 * The one data shape shared by every context: content script, background, popup, library,
 * export, CLI and tests. Pure types plus small constructors; no browser or DOM access.
 */

/** Bumped whenever the stored shape changes; each bump adds a migration and an example record. */
export const CLIP_SCHEMA_VERSION = 1;

export type DateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'text';

/** Where a date was found and the exact text it was read from. */
export interface DateEvidence {
  source: DateSource;
  raw: string;
}

export interface Figure {
  /** Absolute http(s) (or data:image) URL of the best candidate. */
  src: string;
  alt: string;
  /** Caption without the credit; null when the page gives none. */
  caption: string | null;
  /** Photo credit split out of the caption or read from a credit element. */
  credit: string | null;
}

export type TextDirection = 'ltr' | 'rtl' | 'auto';

/** Everything the extraction core reads off a page. */
export interface ExtractedClip {
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  lang: string | null;
  dir: TextDirection | null;
  excerpt: string | null;
  /** ISO 8601: date-time with offset when the page states time and zone, else YYYY-MM-DD. */
  published: string | null;
  modified: string | null;
  dateEvidence: { published: DateEvidence | null; modified: DateEvidence | null };
  figures: Figure[];
  leadImage: string | null;
  /** The article body, sanitized. */
  html: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  /** False for pages that are not one article (home pages, section fronts, search results). */
  readerable: boolean;
  /** Why `readerable` is false; null when it is true. */
  reason: string | null;
  /** True when the body came from the user's selection rather than the whole page. */
  fromSelection: boolean;
  extractor: { name: string; version: string };
}

/** Fields the user edits. */
export interface ClipUserFields {
  title: string;
  tags: string[];
  note: string;
}

/** A saved clip, as stored (one record per storage key). */
export interface Clip extends ExtractedClip {
  id: string;
  schemaVersion: number;
  tags: string[];
  note: string;
  /** ISO date-time when the clip was first saved. */
  clippedAt: string;
  /** ISO date-time of the last change (re-clip, edit). */
  updatedAt: string;
}

export interface NewClipInput {
  id: string;
  now: Date;
  tags?: string[];
  note?: string;
  title?: string;
}

/** Builds a savable clip from an extraction result and the user's edits. */
export function createClip(extracted: ExtractedClip, input: NewClipInput): Clip {
  const iso = input.now.toISOString();
  return {
    ...extracted,
    title: input.title?.trim() || extracted.title,
    id: input.id,
    schemaVersion: CLIP_SCHEMA_VERSION,
    tags: normalizeTags(input.tags ?? []),
    note: input.note ?? '',
    clippedAt: iso,
    updatedAt: iso,
  };
}

/** Trims, drops empties and duplicates (case-insensitively), keeps the user's first spelling. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
