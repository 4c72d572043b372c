/**
 * Dates from JSON-LD: the node that describes the article (NewsArticle and kin, including
 * `@graph` members, `@type` arrays and nested `mainEntity`) beats WebPage-like nodes, which
 * beat anything else; comments, images, breadcrumbs, organisations and people never count.
 */
import { ldStrings, type JsonLdEntry } from '../json-ld';
import { parseValue } from './parse-value';
import type { NumericOrder } from './text-parse';
import type { DateCandidate, DateRole } from './types';
import { foldWords } from '../word-boundary';

const NEVER = /^(?:comment|answer|question|breadcrumblist|listitem|organization|newsmediaorganization|corporation|person|imageobject|product|offer|aggregaterating|rating|sitenavigationelement|wpheader|wpfooter|wpsidebar|website|searchaction|place|postaladdress|brand|audience)$/;
const ARTICLE = /(?:article|posting|blogposting|report|pressrelease|review|recipe|howto)$/;
const PAGE = /^(?:webpage|itempage|creativework|collectionpage|aboutpage|qapage|medicalwebpage|videoobject|podcastepisode|event|episode|clip|movie|book|dataset|faqpage)$/;

const KEYS: { key: string; role: DateRole; weight: number }[] = [
  { key: 'datePublished', role: 'published', weight: 10 },
  { key: 'dateCreated', role: 'published', weight: 6 },
  { key: 'uploadDate', role: 'published', weight: 5 },
  { key: 'dateModified', role: 'modified', weight: 10 },
];


/** Candidates from every usable node; `headingText` favours the node whose headline is on the page. */
export function jsonLdCandidates(entries: readonly JsonLdEntry[], headingText: string | null, order: NumericOrder): DateCandidate[] {
  const out: DateCandidate[] = [];
  const heading = headingText ? foldWords(headingText) : '';
  let articles = 0;
  for (const e of entries) if (e.types.some((t) => ARTICLE.test(t))) articles++;
  for (const e of entries) {
    if (e.types.length === 0 || e.types.every((t) => NEVER.test(t))) continue;
    let tier: number;
    if (e.types.some((t) => ARTICLE.test(t))) tier = 8;
    else if (e.types.some((t) => PAGE.test(t))) tier = -25;
    else tier = -30;
    // Listing pages carry many article stubs: the one whose headline is the page's wins.
    const headline = ldStrings(e.node.headline, 'headline')[0] ?? ldStrings(e.node.name)[0] ?? '';
    const matches = heading && headline && (foldWords(headline) === heading || (foldWords(headline).length > 10 && heading.includes(foldWords(headline))));
    const bonus = (matches ? 3 : 0) - Math.min(e.depth, 3) - (articles > 2 && !matches && tier > 0 ? 6 : 0);
    for (const { key, role, weight } of KEYS) {
      const raw = ldStrings(e.node[key])[0] ?? ldStrings(e.node[key.toLowerCase()])[0];
      if (!raw) continue;
      const date = parseValue(raw, order);
      if (!date) continue;
      out.push({ date, role, source: 'json-ld', raw, weight: tier + weight + bonus, explicit: true });
    }
  }
  return out;
}

const LD_DATE = /"(datePublished|dateCreated|dateModified)"\s*:\s*"([^"]{6,40})"/g;

/**
 * When no JSON-LD node could be read (broken JSON the shared reader could not repair), the
 * first `datePublished`/`dateModified` written in the blocks, at a lower trust.
 */
export function jsonLdFallback(scripts: readonly string[], order: NumericOrder): DateCandidate[] {
  const out: DateCandidate[] = [];
  const seen = new Set<string>();
  for (const text of scripts) {
    LD_DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LD_DATE.exec(text)) !== null) {
      const key = m[1]!;
      if (seen.has(key)) continue;
      seen.add(key);
      const date = parseValue(m[2]!, order);
      if (!date) continue;
      const role: DateRole = key === 'dateModified' ? 'modified' : 'published';
      out.push({ date, role, source: 'json-ld', raw: m[2]!, weight: key === 'dateCreated' ? -24 : -20, explicit: true });
    }
  }
  return out;
}
