/**
 * A clean copy of a validated clip: exactly the fields of the `Clip` type, nested objects rebuilt.
 * Restore uses it so a hostile record cannot bring extra keys (`__proto__`, huge unknown fields)
 * into storage. The key list is checked against the type: adding a field to `Clip` without
 * adding it here is a compile error.
 */
import type { Clip, DateEvidence, Figure } from '../clip';

const CLIP_KEYS: Record<keyof Clip, true> = {
  url: true, canonicalUrl: true, title: true, byline: true, authors: true, siteName: true,
  lang: true, dir: true, excerpt: true, published: true, modified: true, dateEvidence: true,
  figures: true, leadImage: true, html: true, text: true, wordCount: true, readerable: true,
  reason: true, fromSelection: true, extractor: true, id: true, schemaVersion: true, tags: true,
  note: true, clippedAt: true, updatedAt: true,
};

const evidence = (e: DateEvidence | null): DateEvidence | null => (e ? { source: e.source, raw: e.raw } : null);
const figure = (f: Figure): Figure => ({ src: f.src, alt: f.alt, caption: f.caption, credit: f.credit });

export function cleanClip(clip: Clip): Clip {
  const out = {} as Record<keyof Clip, unknown>;
  for (const key of Object.keys(CLIP_KEYS) as (keyof Clip)[]) out[key] = clip[key];
  const c = out as Clip;
  c.authors = [...clip.authors];
  c.tags = [...clip.tags];
  c.figures = clip.figures.map(figure);
  c.dateEvidence = { published: evidence(clip.dateEvidence.published), modified: evidence(clip.dateEvidence.modified) };
  c.extractor = { name: clip.extractor.name, version: clip.extractor.version };
  return c;
}
