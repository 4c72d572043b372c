/**
 * The article's headline, found structurally: the `h1` (or a lesser heading, or
 * `itemprop=headline`) whose text best matches the titles the page states about itself.
 * Site logos and site-name links score low.
 */
import type { JsonLdEntry } from '../json-ld';
import { ldStrings } from '../json-ld';
import { metaValue, type PageIndex } from './page-index';
import { foldWords } from '../word-boundary';
import { anyAncestor } from '../ancestors';


interface NormTitle {
  n: string;
  words: string[];
}

/** The stated titles, normalized once for all the headings compared with them. */
function normTitles(titles: string[]): NormTitle[] {
  const out: NormTitle[] = [];
  for (const title of titles) {
    const n = foldWords(title);
    if (n) out.push({ n, words: n.split(' ') });
  }
  return out;
}

/** How well a heading's text matches one of the page's stated titles (0–1). */
function titleMatch(text: string, titles: NormTitle[]): number {
  const t = foldWords(text);
  if (t.length < 4) return 0;
  let best = 0;
  let a: Set<string> | null = null;
  for (const { n, words: b } of titles) {
    if (n === t) return 1;
    if (n.includes(t) || t.includes(n)) best = Math.max(best, Math.min(t.length, n.length) / Math.max(t.length, n.length) * 0.5 + 0.45);
    else {
      a ??= new Set(t.split(' '));
      const common = b.filter((w) => a!.has(w)).length;
      best = Math.max(best, (common / Math.max(a.size, b.length)) * 0.8);
    }
  }
  return best;
}

/** The page's own statements of its title: og/twitter title, JSON-LD headline, `<title>` and its parts. */
export function metaTitles(doc: Document, idx: PageIndex, jsonLd: readonly JsonLdEntry[]): string[] {
  const out: string[] = [];
  for (const key of ['og:title', 'twitter:title']) {
    const c = metaValue(idx, key);
    if (c) out.push(c);
  }
  for (const e of jsonLd) {
    if (e.depth > 2) continue;
    out.push(...ldStrings(e.node.headline, 'headline').slice(0, 1));
  }
  const title = doc.title ?? '';
  if (title) {
    out.push(title);
    // "Headline | Site" and "Site - Headline": each part may be the headline.
    const site = (metaValue(idx, 'og:site_name') ?? '').trim().toLowerCase();
    for (const part of title.split(/\s+[|–—•·:»-]\s+/)) if (part.length > 15 && part.trim().toLowerCase() !== site) out.push(part);
  }
  return out;
}

/** A heading that links to the site's front page is the site's name, not a headline. */
function linksHome(h: Element): boolean {
  const href = h.querySelector('a[href]')?.getAttribute('href');
  if (!href) return false;
  try {
    const u = new URL(href, 'https://site.invalid/');
    return (u.pathname === '/' || u.pathname === '') && !u.search;
  } catch {
    return false;
  }
}

/**
 * The best-matching heading. Blocks that look like chrome (`rejects`) only lower the score:
 * whole blog templates sit inside "widget" containers.
 */
export function findHeading(idx: PageIndex, titles: string[], rejects: (el: Element) => boolean, body: Element): Element | null {
  // Headings share most of their ancestors: each ancestor is judged once.
  const chrome = new Map<Element, boolean>();
  const insideChrome = (el: Element): boolean => anyAncestor(el.parentElement, chrome, rejects, (p) => p === body);
  const stated = normTitles(titles);
  let best: Element | null = null;
  let bestScore = 0;
  /**
   * Scores `h` and keeps it when it beats the best so far. The penalties (logo, chrome) only
   * lower a score, so they are worked out only for a heading that could still win.
   */
  const consider = (h: Element, base: number, minor: boolean): void => {
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 3) return;
    const match = titleMatch(text, stated);
    const top = base + match + (text.length > 15 ? 0.1 : 0);
    const weak = minor && match < 0.5 ? 1 : 0;
    if (top - weak <= bestScore) return;
    const logo =
      (h.closest('header') && !h.closest('article') && text.length < 25 ? 0.2 : 0) +
      (linksHome(h) ? 0.6 : 0) +
      (text.length < 30 && h.querySelector('img, svg, object') ? 0.4 : 0);
    const s = top - logo - (insideChrome(h) ? 0.3 : 0) - weak;
    if (s > bestScore) {
      bestScore = s;
      best = h;
    }
  };
  for (const h of idx.h1s) consider(h, 0.4, false);
  const others = [...idx.itemprops.filter((e) => e.getAttribute('itemprop') === 'headline'), ...idx.h2s, ...idx.h3s];
  for (const h of others) consider(h, h.getAttribute('itemprop') === 'headline' ? 0.3 : 0, true);
  return bestScore >= 0.3 ? best : null;
}

