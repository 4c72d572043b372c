/**
 * The article's own headline. The page states it several times (JSON-LD `headline`,
 * og:title, twitter:title, `<title>`, the `<h1>`), each with its own noise: site names,
 * kickers, sections, dates. The visible heading that agrees with the metadata is the
 * headline as the reader sees it; the metadata decides which heading that is. A title is only
 * ever cut where the site's name sits, never at a dash that belongs to the headline. Pure.
 */
import type { LdView } from './ld';
import type { MetaTags } from './meta-tags';
import type { MetaPage } from './page-index';
import { isSiteName, type SiteInfo } from './site';
import { classAndId, cleanValue, compact, elementText, fold, squash, wordSimilarity } from './text';

export interface TitleResult {
  title: string | null;
  /** The heading element the title was read from (for direction and author proximity). */
  heading: Element | null;
  /** What the `<title>` holds besides the headline ("Site"), when it is one short piece. */
  titleRemainder: string | null;
}

interface MetaTitle {
  text: string;
  stripped: string;
  source: 'json-ld' | 'og' | 'twitter' | 'meta' | 'title';
}

interface Heading {
  el: Element;
  text: string;
}

/** Separators between a headline and a site name or section in titles. */
const SEPARATOR = /\s+(?:[|\-–—~»›>/•·@]|::)\s+|\s*[|»›•·]\s*/g;
/** `<title>`s also use "Site: Headline" (Blogger's default). */
const TITLE_SEPARATOR = /\s+(?:[|\-–—~»›>/•·:@]|::)\s+|\s*[|»›•·]\s*|:\s+/g;
/** Separators left dangling at either end ("Title :: Site ::"). */
const DANGLING = /^(?:\s*(?:[|\-–—~»›>/•·:@]|::))+\s+|\s+(?:(?:[|\-–—~»›>/•·:@]|::)\s*)+$/g;
const BREADCRUMB = /[»›>/]/;

interface Segment {
  text: string;
  start: number;
  end: number;
  sep: string;
}

function segments(text: string, sep: RegExp): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  let lastSep = '';
  sep.lastIndex = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    if (m.index === 0 || m[0].length === 0) continue;
    out.push({ text: text.slice(last, m.index), start: last, end: m.index, sep: lastSep });
    last = m.index + m[0].length;
    lastSep = m[0].trim();
  }
  out.push({ text: text.slice(last), start: last, end: text.length, sep: lastSep });
  return out.filter((s) => s.text.trim().length > 0);
}

/** Removes the site's name (and any tagline after it) from either end of a title. */
export function stripSiteName(text: string, site: SiteInfo, allowColon = false): string {
  text = text.replace(DANGLING, '');
  const segs = segments(text, allowColon ? TITLE_SEPARATOR : SEPARATOR);
  if (segs.length < 2) return text;
  const run = (i: number, j: number) => text.slice(segs[i]!.start, segs[j]!.end);
  // From the end: "Headline | Site", "Headline : Site | tagline | tagline". A run that is
  // exactly a declared name wins over a looser match inside it ("AOC media - Analyse …").
  const declared = new Set(site.names.map(compact));
  for (const exact of [true, false]) {
    for (let i = segs.length - 1; i >= 1; i--) {
      const head = squash(text.slice(0, segs[i - 1]!.end));
      if (isSiteName(head, site)) continue;
      for (let j = i; j < segs.length; j++) {
        const r = run(i, j);
        if (exact ? declared.has(compact(r)) : isSiteName(r, site)) return head;
      }
    }
  }
  // From the start: "Site | Headline", "Site » Blog » Headline".
  for (let j = 0; j < segs.length - 1; j++) {
    if (!isSiteName(run(0, j), site)) continue;
    const rest = segs.slice(j + 1);
    if (rest.length > 1 && rest.slice(1).every((s) => BREADCRUMB.test(s.sep))) return squash(rest[rest.length - 1]!.text);
    return squash(text.slice(rest[0]!.start));
  }
  return text;
}

/** "Headline | Code | Nicolas Perriault": a trailing author name is not part of the headline. */
export function stripTrailingNames(title: string, names: readonly string[]): string {
  const segs = segments(title, SEPARATOR);
  if (segs.length < 2 || names.length === 0) return title;
  const wanted = new Set(names.map(compact));
  for (let i = 1; i < segs.length; i++) {
    if (wanted.has(compact(title.slice(segs[i]!.start)))) return squash(title.slice(0, segs[i - 1]!.end));
  }
  return title;
}

/** Children of a heading that are not the headline: kickers, section labels, dates, hidden text. */
const KICKER = /headerlink|anchor-?link|permalink-?icon|kicker|overline|topline|toptitle|dachzeile|roofline|eyebrow|supertitle|overtitle|pretitle|rubric|(?:^|[\s_-])(?:section|category|label|colon|date|time)(?:$|[\s_-])|visually-hidden|sr-only|screen-reader|aural/;

function isKicker(el: Element): boolean {
  return KICKER.test(classAndId(el)) || el.tagName === 'TIME';
}

const HIDDEN = /(?:^|\s)(?:aural|visually-hidden|sr-only|screen-reader-text|hidden|visuallyhidden|offscreen|navskip|skip-?link|skiplinks?)(?:$|\s)/;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (HIDDEN.test(classAndId(el))) return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

const TITLE_CLASS = /(?:entry|post|article|story|news|page|content)[-_]?(?:title|headline|heading)|headline|(?:^|\s)title(?:$|\s)/;

/** A heading that is all one link to another page is a teaser or the site's logo, not this page's headline. */
const isLink = (e: Element): boolean => e.localName === 'a' && e.hasAttribute('href');

/** `el.querySelector('a[href]') ?? el.closest('a[href]')` by walking: selector calls are slow in jsdom. */
function linkOf(el: Element): Element | null {
  for (let e: Element | null = el.firstElementChild; e; ) {
    if (isLink(e)) return e;
    let next: Element | null = e.firstElementChild;
    for (let a: Element | null = e; !next && a && a !== el; a = a.parentElement) next = a.nextElementSibling;
    e = next;
  }
  for (let a: Element | null = el; a; a = a.parentElement) if (isLink(a)) return a;
  return null;
}

function linksElsewhere(el: Element, pageUrl: string, base: string): boolean {
  const a = linkOf(el);
  if (!a) return false;
  const text = (el.textContent ?? '').replace(/[\s¶#]+/g, '');
  if ((a.textContent ?? '').replace(/[\s¶#]+/g, '').length < 0.9 * text.length) return false;
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return false;
  try {
    const target = new URL(href, base);
    const page = new URL(pageUrl);
    return target.origin + target.pathname !== page.origin + page.pathname;
  } catch {
    return false;
  }
}

function collectHeadings(page: MetaPage, site: SiteInfo, pageUrl: string): Heading[] {
  const els: Element[] = [];
  const add = (list: ArrayLike<Element>, max: number, keep?: (el: Element) => boolean) => {
    for (let i = 0, n = 0; i < list.length && n < max; i++) {
      const el = list[i]!;
      if (keep && !keep(el)) continue;
      if (!els.includes(el)) {
        els.push(el);
        n++;
      }
    }
  };
  add(page.h1s, 12);
  add(page.headlines, 4);
  add(page.h2s, 6, (el) => TITLE_CLASS.test(classAndId(el)));
  const out: Heading[] = [];
  for (const el of els) {
    if (isHidden(el) || /logo|brand|site-?(?:title|name)|masthead/.test(classAndId(el)) || linksElsewhere(el, pageUrl, page.base)) continue;
    const text = elementText(el, isKicker);
    if (!text || text.length > 300 || isSiteName(text, site)) continue;
    out.push({ el, text });
  }
  return out;
}

function metaTitles(page: MetaPage, meta: MetaTags, ld: LdView, site: SiteInfo): MetaTitle[] {
  const out: MetaTitle[] = [];
  const push = (raw: string | null, source: MetaTitle['source']) => {
    const text = cleanValue(raw);
    if (!text || text.length > 400) return;
    const stripped = stripSiteName(text, site, source === 'title');
    if (isSiteName(stripped, site) && stripped === text) return;
    out.push({ text, stripped, source });
  };
  const a = ld.article;
  if (a) {
    const h = a['headline'];
    push(typeof h === 'string' ? h : Array.isArray(h) && typeof h[0] === 'string' ? h[0] : null, 'json-ld');
    if (typeof a['name'] === 'string' && !('headline' in a)) push(a['name'], 'json-ld');
  }
  push(meta.get('dc.title'), 'meta');
  push(meta.get('og:title'), 'og');
  push(meta.get('twitter:title'), 'twitter');
  push(meta.get('citation_title', 'parsely-title', 'sailthru.title', 'title', 'headline'), 'meta');
  const titleEl = page.titleEl;
  if (titleEl) push(titleEl.textContent, 'title');
  return out;
}

/** " a b c " contains " b c ": the shorter is a run of whole words of the longer. */
function containsWords(longer: string, shorter: string): boolean {
  return shorter.length > 0 && ` ${longer} `.includes(` ${shorter} `);
}

function letterWords(s: string): number {
  return fold(s).split(' ').filter((w) => /\p{L}/u.test(w)).length;
}

interface Pick {
  title: string;
  heading: Element | null;
}

function agree(headings: Heading[], metas: MetaTitle[]): Pick | null {
  // 1. A heading that is a metadata title, maybe once its site name is gone.
  for (const h of headings) {
    const fh = fold(h.text);
    if (metas.some((m) => fold(m.stripped) === fh || fold(m.text) === fh)) return { title: h.text, heading: h.el };
  }
  // 2. A heading inside a metadata title: "Kicker: Headline", "Headline : date". Its end, or most of it.
  let best: { h: Heading; len: number } | null = null;
  for (const h of headings) {
    const fh = fold(h.text);
    for (const m of metas) {
      const fm = fold(m.stripped);
      if (!containsWords(fm, fh)) continue;
      // "Kicker: Headline" ends with the headline; a one-word tail ("… | Opinion") is a section.
      const most = letterWords(h.text) >= 0.5 * letterWords(m.stripped);
      const tail = fm.endsWith(` ${fh}`) && letterWords(h.text) >= 2;
      if (!tail && !most) continue;
      if (!best || fh.length > best.len) best = { h, len: fh.length };
    }
  }
  if (best) return { title: best.h.text, heading: best.h.el };
  // 3. A metadata title inside a heading: the heading carries a kicker or section we could not see.
  let inner: { m: MetaTitle; h: Heading } | null = null;
  for (const h of headings) {
    const fh = fold(h.text);
    for (const m of metas) {
      const fm = fold(m.stripped);
      if (letterWords(m.stripped) < 2 || !containsWords(fh, fm)) continue;
      if (!inner || fm.length > fold(inner.m.stripped).length) inner = { m, h };
    }
  }
  if (inner) return { title: inner.m.stripped, heading: inner.h.el };
  // 4. Nearly the same words (the page edited one of them).
  for (const h of headings) {
    for (const m of metas) {
      if (wordSimilarity(h.text, m.stripped) >= 0.8) return { title: h.text, heading: h.el };
    }
  }
  return null;
}

export function readTitle(page: MetaPage, meta: MetaTags, ld: LdView, site: SiteInfo, pageUrl: string): TitleResult {
  const headings = collectHeadings(page, site, pageUrl);
  const metas = metaTitles(page, meta, ld, site);
  let pick = agree(headings, metas);
  if (!pick) {
    const m = metas.find((x) => x.stripped && !isSiteName(x.stripped, site));
    if (m) pick = { title: m.stripped, heading: null };
    else if (headings[0]) pick = { title: headings[0].text, heading: headings[0].el };
  }
  const title = pick ? squash(pick.title) || null : null;
  return { title, heading: pick?.heading ?? null, titleRemainder: title ? titleRemainder(metas, title) : null };
}

/** "Headline | Mittelrhein-Kurier" with a known headline leaves "Mittelrhein-Kurier". */
function titleRemainder(metas: MetaTitle[], title: string): string | null {
  const t = metas.find((m) => m.source === 'title');
  if (!t) return null;
  const segs = segments(t.text, TITLE_SEPARATOR);
  if (segs.length < 2) return null;
  const fh = fold(title);
  const last = segs.length - 1;
  let rest: Segment | null = null;
  for (let i = 0; i < last; i++) {
    // Headline first: segments 0..i are the headline and one segment is left.
    if (i === last - 1 && fold(t.text.slice(0, segs[i]!.end)) === fh) rest = segs[last]!;
  }
  if (!rest && fold(t.text.slice(segs[1]!.start)) === fh) rest = segs[0]!;
  if (!rest) return null;
  const cleaned = squash(rest.text);
  return cleaned && letterWords(cleaned) <= 6 ? cleaned : null;
}
