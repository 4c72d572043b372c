/**
 * Published and modified dates, each with the evidence it was read from. Pure; reads the
 * prepared clone before Readability changes it and never modifies it.
 *
 * Sources in order of trust: JSON-LD, meta tags and microdata, `<time>` in the article
 * header, the URL, then dates written near the headline. Blocks that are not the article
 * (sidebars, related and most-read lists, comments, footers) never count.
 */
import type { DateEvidence } from '../../clip';
import type { JsonLdEntry } from '../json-ld';
import { fallbackTiers } from './fallback';
import { jsonLdCandidates, jsonLdFallback } from './from-json-ld';
import { metaCandidates } from './from-meta';
import { settleClassRoles, textCandidates, timeCandidates, titleCandidates } from './from-page';
import { urlCandidates } from './from-url';
import { indexPage, metaValue, type PageIndex } from './page-index';
import { buildScope } from './scope';
import { evidenceOf, isoOf, selectDates } from './select';
import { numericOrder } from './text-parse';
import { readTail, readZone } from './zone';

export interface DateContext {
  url: string;
  jsonLd: readonly JsonLdEntry[];
  /** The page's language (BCP 47), used to read D/M/Y versus M/D/Y. */
  lang: string | null;
  /** Reference time for relative dates ("2 hours ago"); without it they are ignored. */
  now: Date | null;
  /** The page index, when another pass already built it while walking the page; else built here. */
  index?: PageIndex;
}

export interface DateResult {
  published: string | null;
  modified: string | null;
  evidence: { published: DateEvidence | null; modified: DateEvidence | null };
}

function pageLang(idx: PageIndex, lang: string | null): string | null {
  if (lang) return lang;
  const locale = metaValue(idx, 'og:locale');
  return locale ? locale.replace('_', '-') : null;
}

export function findDates(doc: Document, ctx: DateContext): DateResult {
  const idx = ctx.index ?? indexPage(doc);
  const lang = pageLang(idx, ctx.lang);
  const scope = buildScope(doc, idx, ctx.jsonLd, ctx.url);
  const zone = readZone(doc, scope);
  const order = numericOrder(lang, zone.text);
  const headingText = scope.heading?.textContent ?? null;
  let onPage = [...timeCandidates(idx, zone, scope, order), ...textCandidates(zone, order, ctx.now, lang)];
  if (!onPage.some((c) => c.source === 'text' && !c.inProse)) {
    // No date line near the headline: the last lines of the article, less trusted.
    const tail = readTail(scope);
    if (tail) onPage = [...onPage, ...textCandidates(tail, order, null, lang).map((c) => ({ ...c, weight: c.weight - 4 }))];
  }
  let fromLd = jsonLdCandidates(ctx.jsonLd, headingText, order);
  if (fromLd.length === 0 && idx.ldScripts.length > 0) fromLd = jsonLdFallback(idx.ldScripts.map((s) => s.textContent ?? ''), order);
  const candidates = [
    ...fromLd,
    ...metaCandidates(idx, scope, order),
    ...settleClassRoles(onPage),
    ...urlCandidates(idx, ctx.url),
    ...titleCandidates(doc, order),
  ];
  let { published, modified } = selectDates(candidates, ctx.now);
  if (!published) {
    // Nothing on the usual places: the last resorts, read only now because they walk the page.
    for (const more of fallbackTiers(doc, idx, scope, ctx.url, order)) {
      if (more.length === 0) continue;
      ({ published, modified } = selectDates([...candidates, ...more], ctx.now));
      if (published) break;
    }
  }
  return {
    published: isoOf(published),
    modified: isoOf(modified),
    evidence: { published: evidenceOf(published), modified: evidenceOf(modified) },
  };
}
