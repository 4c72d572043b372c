/**
 * Last resorts, read only when no other source gave a publication date (so they cost nothing
 * on ordinary pages):
 * - the page's own teaser: a link to this very page (its address, canonical or `og:url`, or
 *   the headline's own words) in a short block that prints a date, as in "latest news" lists
 *   and "about this article" boxes;
 * - a date labelled as the publication anywhere on the page ("Erschienen am: 01.11.2023" in
 *   a page footer), outside comments, sidebars and teasers of other pages;
 * - a date written in the page's own description ("… (news of 14 January 2020)");
 * - a publication key in the page's script data (app state, product JSON);
 * - the upload day in the path of the page's share image.
 */
import { roleFromLabel } from './labels';
import { makeDate } from './normalize';
import { canonicalHref, metaValue, type PageIndex } from './page-index';
import { parseValue } from './parse-value';
import type { PageScope } from './scope';
import { findTextDates, type NumericOrder } from './text-parse';
import type { DateCandidate } from './types';
import { foldWords } from '../word-boundary';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION', 'TEXTAREA', 'HEAD']);
const BLOCK = /^(?:P|DIV|LI|UL|OL|H[1-6]|HEADER|FOOTER|SECTION|ARTICLE|TABLE|TR|TD|TH|BR|DL|DT|DD|FIGURE|FIGCAPTION|BLOCKQUOTE|MAIN|ASIDE|NAV|ADDRESS|HR|PRE)$/;


/** `host/path` of an address, or only the path when `pathOnly`. */
function pageKey(href: string, base: string, pathOnly = false): string | null {
  try {
    const u = new URL(href, base);
    const path = u.pathname.replace(/\/+$/, '');
    return pathOnly ? path : `${u.host}${path}`;
  } catch {
    return null;
  }
}

/** Text of a block with its inner blocks on their own lines, bounded. */
function blockText(el: Element, limit = 800): string {
  let out = '';
  const visit = (n: Node): void => {
    for (let c = n.firstChild; c && out.length < limit; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c.nodeValue ?? '').replace(/\s+/g, ' ');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (SKIP.has(tag)) continue;
        const block = BLOCK.test(tag);
        if (block) out += '\n';
        visit(c);
        if (block) out += '\n';
      }
    }
  };
  visit(el);
  return out;
}

function dateIn(block: Element, order: NumericOrder): DateCandidate | null {
  const time = block.tagName === 'TIME' ? block : block.querySelector('time[datetime], [datetime]');
  const raw = time?.getAttribute('datetime') ?? '';
  const fromTime = raw ? parseValue(raw, order) : null;
  if (fromTime) return { date: fromTime, role: 'unknown', source: 'time', raw, weight: -40, explicit: false };
  const text = blockText(block);
  for (const m of findTextDates(text, { order })) {
    const label = roleFromLabel(text.slice(Math.max(0, m.index - 40), m.index));
    if (label === 'modified' || label === 'other') continue;
    return { date: m.date, role: 'unknown', source: 'text', raw: m.raw, weight: -2, explicit: false };
  }
  return null;
}

/**
 * The date printed in the small block around a link to this page. The block grows from the
 * link outwards and stops before it would take in a teaser for another page.
 */
function teaserDate(a: Element, order: NumericOrder, isSelf: (href: string) => boolean): DateCandidate | null {
  let block: Element = a;
  for (let i = 0; i < 5; i++) {
    const found = dateIn(block, order);
    if (found) return found;
    const parent = block.parentElement;
    if (!parent || parent.tagName === 'BODY' || (parent.textContent ?? '').length > 700) return null;
    for (const other of Array.from(parent.getElementsByTagName('a'))) {
      if (other === a || block.contains(other)) continue;
      if ((other.textContent ?? '').trim().length >= 20 && !isSelf(other.getAttribute('href') ?? '')) return null;
    }
    block = parent;
  }
  return null;
}

function selfTeasers(doc: Document, idx: PageIndex, scope: PageScope, url: string, order: NumericOrder): DateCandidate[] {
  const canonical = canonicalHref(idx);
  const ogUrl = metaValue(idx, 'og:url');
  // Relative links resolve against the page's stated address when it has one.
  const base = canonical ?? ogUrl ?? url;
  const keys = new Set<string>();
  const paths = new Set<string>();
  for (const u of [url, canonical, ogUrl]) {
    if (!u) continue;
    const k = pageKey(u, base);
    const p = pageKey(u, base, true);
    if (k) keys.add(k);
    // A bare path is only distinctive past the site's front page.
    if (p && p.length > 1) paths.add(p);
  }
  const isSelf = (href: string): boolean =>
    keys.has(pageKey(href, base) ?? '') || (!/^[a-z][a-z0-9+.-]*:/i.test(href) && paths.has(pageKey(href, base, true) ?? ''));
  const heading = scope.heading ? foldWords(scope.heading.textContent ?? '') : '';
  const links = doc.body ? Array.from(doc.body.getElementsByTagName('a')) : [];
  for (const a of links.slice(0, 3000)) {
    if (scope.heading?.contains(a)) continue;
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#')) continue;
    const text = foldWords(a.textContent ?? '');
    if (!isSelf(href) && !(heading.length >= 12 && text === heading)) continue;
    if (SKIP.has(a.parentElement?.tagName ?? '')) continue;
    const found = teaserDate(a, order, isSelf);
    if (found) return [found];
  }
  return [];
}

/** Dates labelled as the publication anywhere on the page, outside blocks that are not the article. */
function labelledAnywhere(doc: Document, scope: PageScope, order: NumericOrder): DateCandidate[] {
  const body = doc.body;
  if (!body) return [];
  let text = '';
  const visit = (n: Node, depth: number): void => {
    for (let c = n.firstChild; c && text.length < 200_000; c = c.nextSibling) {
      if (c.nodeType === 3) text += (c.nodeValue ?? '').replace(/\s+/g, ' ');
      else if (c.nodeType === 1 && depth < 200) {
        const el = c as Element;
        if (SKIP.has(el.tagName) || scope.rejectsSubtree(el)) continue;
        const block = BLOCK.test(el.tagName);
        if (block) text += '\n';
        visit(el, depth + 1);
        if (block) text += '\n';
      }
    }
  };
  visit(body, 0);
  for (const m of findTextDates(text, { order })) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const prefix = text.slice(Math.max(lineStart, m.index - 40), m.index);
    if (roleFromLabel(prefix) === 'published') return [{ date: m.date, role: 'published', source: 'text', raw: m.raw, weight: -4, explicit: true }];
  }
  return [];
}

/** A date written in the page's own summary. */
function describedDate(idx: PageIndex, order: NumericOrder): DateCandidate[] {
  for (const key of ['description', 'og:description', 'twitter:description']) {
    const d = metaValue(idx, key);
    const m = d ? findTextDates(d.slice(0, 500), { order })[0] : undefined;
    if (m) return [{ date: m.date, role: 'unknown', source: 'text', raw: m.raw, weight: -6, explicit: false }];
  }
  return [];
}

const SCRIPT_KEY =
  /["']?(datePublished|date_published|publishedAt|published_at|publishedDate|published_date|publishDate|publish_date|pubDate|firstPublishedAt|createdAt|created_at|dateCreated)["']?\s*:\s*["'](\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)["']/;

/** A publication key in the page's own data (`"published_at":"2019-03-02T06:22:28+01:00"` in an app state or product JSON). */
function scriptDate(doc: Document, order: NumericOrder): DateCandidate[] {
  let budget = 2_000_000;
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const text = s.textContent ?? '';
    if (text.length > budget) break;
    budget -= text.length;
    const m = SCRIPT_KEY.exec(text);
    const date = m ? parseValue(m[2]!, order) : null;
    if (date) return [{ date, role: 'published', source: 'meta', raw: m![2]!, weight: -60, explicit: false }];
  }
  return [];
}

/** The upload day in the path of the page's share image (`/files/2016/05/04/report.png`). */
function imageDate(idx: PageIndex): DateCandidate[] {
  for (const key of ['og:image', 'twitter:image', 'og:image:url', 'og:image:secure_url']) {
    const src = metaValue(idx, key);
    const m = src ? /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(src) : null;
    const date = m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (date) return [{ date, role: 'unknown', source: 'url', raw: src!, weight: -40, explicit: false }];
  }
  return [];
}

/**
 * The last-resort sources, most trusted first, each read only when the ones before it gave
 * nothing: returns the candidates of the first that yields any.
 */
export function* fallbackTiers(doc: Document, idx: PageIndex, scope: PageScope, url: string, order: NumericOrder): Generator<DateCandidate[]> {
  yield selfTeasers(doc, idx, scope, url, order);
  yield labelledAnywhere(doc, scope, order);
  yield describedDate(idx, order);
  yield scriptDate(doc, order);
  yield imageDate(idx);
}
