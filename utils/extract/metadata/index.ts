/**
 * Page metadata read from the prepared clone before Readability changes it: headline,
 * authors, site, language, canonical URL, excerpt, lead image, and whether the page is one
 * article. Pure; reads only.
 */
import type { TextDirection } from '../../clip';
import type { JsonLdEntry } from '../json-ld';
import type { BodyResult } from '../body';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: TextDirection | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  leadImage: string | null;
}

export interface MetadataContext {
  url: string;
  jsonLd: readonly JsonLdEntry[];
}

function metaContent(doc: Document, key: string): string | null {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    if (name === key) return el.getAttribute('content')?.trim() || null;
  }
  return null;
}

export function readMetadata(doc: Document, ctx: MetadataContext): PageMetadata {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  let canonicalUrl: string | null = null;
  if (canonical) {
    try {
      canonicalUrl = new URL(canonical, ctx.url).href;
    } catch {
      canonicalUrl = null;
    }
  }
  return {
    title: metaContent(doc, 'og:title'),
    authors: [],
    byline: null,
    siteName: metaContent(doc, 'og:site_name'),
    lang: doc.documentElement.getAttribute('lang')?.trim() || null,
    dir: null,
    canonicalUrl,
    excerpt: metaContent(doc, 'og:description') ?? metaContent(doc, 'description'),
    leadImage: metaContent(doc, 'og:image'),
  };
}

/** Fills what the page's own metadata lacked from Readability's findings. */
export function finalizeMetadata(meta: PageMetadata, body: BodyResult): PageMetadata {
  const r = body.readability;
  const dir = r.dir === 'rtl' || r.dir === 'ltr' || r.dir === 'auto' ? r.dir : null;
  const byline = meta.byline ?? r.byline;
  return {
    ...meta,
    title: meta.title ?? r.title,
    byline,
    authors: meta.authors.length > 0 ? meta.authors : byline ? [byline] : [],
    siteName: meta.siteName ?? r.siteName,
    lang: meta.lang ?? r.lang,
    dir: meta.dir ?? dir,
    excerpt: meta.excerpt ?? r.excerpt,
  };
}

export interface ReaderableVerdict {
  readerable: boolean;
  reason: string | null;
}

/** Decides whether the page is one article. */
export function judgeReaderable(doc: Document, body: BodyResult, wordCount: number): ReaderableVerdict {
  void doc;
  if (!body.content || wordCount < 80) {
    return { readerable: false, reason: 'No article text was found on this page.' };
  }
  return { readerable: true, reason: null };
}
