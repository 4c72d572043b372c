/**
 * Dates from meta tags (Open Graph `article:*`, Parse.ly, Sailthru, Dublin Core, citation,
 * generic `date`/`pubdate`…) and from microdata `itemprop=datePublished/dateModified` on any
 * element, read from `content`, `datetime` or the element's text.
 */
import type { PageIndex } from './page-index';
import { parseValue } from './parse-value';
import type { PageScope } from './scope';
import type { NumericOrder } from './text-parse';
import type { DateCandidate, DateRole } from './types';

/** Meta keys (lower-case name/property/itemprop/http-equiv) → role and weight. */
const META_KEYS: Record<string, [DateRole, number]> = {
  'article:published_time': ['published', 10], 'article:published': ['published', 9], 'og:article:published_time': ['published', 9],
  'og:published_time': ['published', 9], 'published_time': ['published', 8], 'article.published': ['published', 8],
  'parsely-pub-date': ['published', 9], 'sailthru.date': ['published', 8], 'datepublished': ['published', 9],
  'pubdate': ['published', 8], 'publishdate': ['published', 8], 'publish_date': ['published', 8], 'publish-date': ['published', 8],
  'publication_date': ['published', 8], 'publication-date': ['published', 8], 'date_published': ['published', 8], 'published-date': ['published', 8],
  'published_date': ['published', 8], 'article:post_date': ['published', 8], 'article_date_original': ['published', 9],
  'originalpublicationdate': ['published', 9], 'original-publish-date': ['published', 9], 'rnews:datepublished': ['published', 8],
  'dc.date.issued': ['published', 8], 'dcterms.issued': ['published', 8], 'dc.date.publication': ['published', 8],
  'dc.date.created': ['published', 7], 'dcterms.created': ['published', 7], 'dc.created': ['published', 7], 'dc:created': ['published', 7],
  'dc.date': ['published', 7], 'dc:date': ['published', 7], 'dcterms.date': ['published', 7], 'dcterms:date': ['published', 7],
  'citation_publication_date': ['published', 8], 'citation_date': ['published', 7], 'citation_online_date': ['published', 6],
  'cxenseparse:recs:publishtime': ['published', 7], 'bt:pubdate': ['published', 7], 'shareaholic:article_published_time': ['published', 7],
  'twt-published-at': ['published', 6], 'article.created': ['published', 6], 'datecreated': ['published', 6], 'date_created': ['published', 6],
  'displaydate': ['published', 6], 'date': ['published', 6], 'pdate': ['published', 5], 'ptime': ['published', 5],
  'created': ['published', 4], 'release_date': ['published', 4], 'video:release_date': ['published', 4], 'uploaddate': ['published', 4],
  'article:modified_time': ['modified', 10], 'og:updated_time': ['modified', 9], 'article:modified': ['modified', 8],
  'modified_time': ['modified', 8], 'datemodified': ['modified', 9], 'dc.date.modified': ['modified', 8], 'dcterms.modified': ['modified', 8],
  'dc.modified': ['modified', 7], 'article.updated': ['modified', 7], 'updated_time': ['modified', 7], 'date_modified': ['modified', 7],
  'lastmod': ['modified', 6], 'lastmodified': ['modified', 6], 'last-modified': ['modified', 4], 'modified': ['modified', 5],
  'revised': ['modified', 5], 'eomportal-lastupdate': ['modified', 5], 'og:article:modified_time': ['modified', 9],
};

/** Keys no list names but whose last part says publication: `five_hundred_pixels:uploaded`, `xyz:published_at`. */
const GENERIC_PUBLISHED = /(?:^|[:._-])(?:published|publish|pub|uploaded|posted|release)(?:[_-]?(?:time|date|at|on))?$/;

const ITEMPROP: Record<string, [DateRole, number]> = {
  datepublished: ['published', 10], datecreated: ['published', 6], uploaddate: ['published', 5], datemodified: ['modified', 10],
};

function parselyPage(content: string): string | null {
  try {
    const v = JSON.parse(content) as { pub_date?: unknown };
    return typeof v.pub_date === 'string' ? v.pub_date : null;
  } catch {
    return /"pub_date"\s*:\s*"([^"]+)"/.exec(content)?.[1] ?? null;
  }
}

export function metaCandidates(idx: PageIndex, scope: PageScope, order: NumericOrder): DateCandidate[] {
  const out: DateCandidate[] = [];
  const push = (raw: string, role: DateRole, weight: number, explicit: boolean): void => {
    const date = parseValue(raw, order);
    if (date) out.push({ date, role, source: 'meta', raw: raw.trim(), weight, explicit });
  };
  for (const m of idx.metas) {
    const content = m.getAttribute('content');
    if (!content) continue;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    if (!key) continue;
    if (key === 'parsely-page') {
      const pub = parselyPage(content);
      if (pub) push(pub, 'published', 9, true);
      continue;
    }
    const spec = META_KEYS[key] ?? (GENERIC_PUBLISHED.test(key) ? (['published', 5] as [DateRole, number]) : undefined);
    if (!spec) continue;
    // Microdata meta inside a comment or a related teaser describes something else.
    if (m.hasAttribute('itemprop') && m.closest('body') && scope.inExcludedBlock(m)) continue;
    // Generic keys ("date", "created") are often the page's build or change time: they rank
    // below a date shown in the article header.
    push(content, spec[0], spec[1] >= 7 ? spec[1] : spec[1] - 14, spec[1] >= 6);
  }
  for (const el of idx.itemprops) {
    const spec = ITEMPROP[(el.getAttribute('itemprop') ?? '').trim().toLowerCase()];
    if (!spec || scope.inExcludedBlock(el)) continue;
    const raw =
      el.getAttribute('content') ??
      el.getAttribute('datetime') ??
      (el.tagName === 'ABBR' ? el.getAttribute('title') : null) ??
      el.getAttribute('value') ??
      (el.textContent ?? '').replace(/\s+/g, ' ');
    if (raw.length <= 120) push(raw, spec[0], spec[1] - 1, true);
  }
  return out;
}
