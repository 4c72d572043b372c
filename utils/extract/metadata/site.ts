/**
 * The site's name: what the page declares (JSON-LD publisher, og:site_name, WebSite,
 * application-name), and the host's labels, used both to show the site and to recognise it
 * inside titles ("Headline | Site") and author fields. Pure.
 */
import type { LdView } from './ld';
import { ldSiteNames } from './ld';
import type { MetaTags } from './meta-tags';
import type { MetaPage } from './page-index';
import { compact, fold, squash } from './text';

export interface SiteInfo {
  /** Names the page declares for its site, most trusted first. */
  names: string[];
  /** Host without "www." ("kestrelbaychronicle.com"); null for non-http(s) URLs. */
  host: string | null;
  /** Distinctive labels of the host, folded ("mittelrheinkurier"; never "www" or the TLD). */
  hostLabels: string[];
  /** Dash-separated words of the registrable label ("leichtathletik", "berlin"). */
  hostWords: string[];
  /** Texts of links to the home page (logo alt, "Home" links), for recognising the site name. */
  homeTexts: string[];
}

const GENERIC_LABELS = new Set([
  'www', 'www2', 'www1', 'm', 'mobile', 'amp', 'news', 'blog', 'blogs', 'online', 'web', 'home', 'static',
  'shop', 'store', 'media', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'ru', 'archive', 'archiv', 'portal',
]);
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gv', 'gob']);

/** The archived page's own address inside a Wayback Machine URL, else the URL itself. */
export function originalUrl(url: string): string {
  const m = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\/(.+)$/i.exec(url);
  if (!m) return url;
  return /^https?:\/\//i.test(m[1]!) ? m[1]! : `http://${m[1]}`;
}

function hostParts(url: string): { host: string | null; labels: string[]; words: string[] } {
  let hostname: string;
  try {
    const u = new URL(originalUrl(url));
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { host: null, labels: [], words: [] };
    hostname = u.hostname.toLowerCase();
  } catch {
    return { host: null, labels: [], words: [] };
  }
  const host = hostname.replace(/^www\d?\./, '');
  const parts = host.split('.');
  if (parts.length < 2) return { host, labels: [], words: [] };
  let end = parts.length - 1;
  if (end >= 2 && SECOND_LEVEL.has(parts[end - 1]!)) end--;
  const registrable = parts[end - 1]!;
  const labels = [compact(registrable)];
  for (const p of parts.slice(0, end - 1)) {
    if (p.length >= 5 && !GENERIC_LABELS.has(p)) labels.push(compact(p));
  }
  return { host, labels: labels.filter(Boolean), words: registrable.split('-').filter((w) => w.length >= 3) };
}

/** Link texts that name the home page rather than the site. */
const HOME_WORDS = /^(?:home|homepage|start|startseite|zur startseite|accueil|inicio|portada|home page|главная|strona główna|logo)$/i;

function homeLinkTexts(page: MetaPage, url: string): string[] {
  let origin: string;
  try {
    origin = new URL(originalUrl(url)).origin;
  } catch {
    return [];
  }
  const out: string[] = [];
  // The logo and "home" links sit in the header: the first links of the page (page-index.ts).
  for (const a of page.anchors) {
    if (out.length >= 12) break;
    const href = (a.getAttribute('href') ?? '').trim();
    if (href.length > 160 || !(href === '/' || href === './' || href.endsWith('/') || href === origin)) continue;
    let target: string;
    try {
      target = new URL(originalUrl(new URL(href, url).href)).href;
    } catch {
      continue;
    }
    if (target !== `${origin}/`) continue;
    const texts = [a.getAttribute('title'), a.getAttribute('aria-label'), a.textContent];
    for (const img of Array.from(a.getElementsByTagName('img'))) texts.push(img.getAttribute('alt'));
    for (const t of texts) {
      const s = squash(t ?? '');
      if (s && s.length <= 80 && !HOME_WORDS.test(s) && !out.includes(s)) out.push(s);
    }
  }
  return out;
}

export function readSite(page: MetaPage, meta: MetaTags, ld: LdView, url: string): SiteInfo {
  const names: string[] = [];
  const push = (s: string | null) => {
    if (s && s.length <= 120 && !names.includes(s)) names.push(s);
  };
  // Readability's order (JSON-LD publisher first): its test pages expect it.
  const ldNames = ldSiteNames(ld);
  push(ldNames[0] ?? null);
  push(meta.get('og:site_name'));
  for (const n of ldNames.slice(1)) push(n);
  push(meta.get('application-name'));
  push(meta.get('apple-mobile-web-app-title'));
  push(meta.get('al:android:app_name', 'al:iphone:app_name'));
  const { host, labels, words } = hostParts(url);
  return { names, host, hostLabels: labels, hostWords: words, homeTexts: homeLinkTexts(page, url) };
}

/** Folded, spaceless, with German umlauts also spelled out ("Jäger" matches "jaeger" in a host). */
function forms(s: string): string[] {
  const c = compact(s);
  const spelled = compact(s.replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue'));
  return spelled === c ? [c] : [c, spelled];
}

/** `long` is `short` plus at most `extraWords` words and no extra digits ("ZDNet.de" for "ZDNet"). */
function nameWithLittleMore(long: string, short: string, longWords: number, shortWords: number, extraWords: number): boolean {
  if (short.length < 4 || !long.includes(short) || longWords > shortWords + extraWords) return false;
  return !/\d/.test(long.replace(short, ''));
}

/** True when `s` is the site's name as the page or its host spells it. */
export function isSiteName(s: string, site: SiteInfo): boolean {
  const cs = forms(s);
  const c = cs[0]!;
  if (c.length < 2) return false;
  const wordCount = fold(s).split(' ').length;
  if (wordCount > 8) return false;
  if (site.host && c === compact(site.host)) return true;
  for (const name of site.names) {
    const n = compact(name);
    if (!n) continue;
    if (c === n) return true;
    const nWords = fold(name).split(' ').length;
    // "Teufel Blog" is the site "Das Lautsprecher Teufel Blog"; a headline that merely
    // mentions the site ("Teufel stellt neue Boxen vor", "Gitarre & Bass 02/2022") is longer.
    if (c.length >= 4 && nameWithLittleMore(n, c, nWords, wordCount, 3)) return true;
    if (nameWithLittleMore(c, n, wordCount, nWords, 1)) return true;
  }
  // Home-link texts are looser (a logo's title may hold a whole slogan): exact, or the name plus a word.
  for (const name of site.homeTexts) {
    const n = compact(name);
    const nWords = fold(name).split(' ').length;
    if (n && nWords <= 5 && (c === n || nameWithLittleMore(c, n, wordCount, nWords, 1))) return true;
  }
  for (const label of site.hostLabels) {
    if (label.length < 4) continue;
    for (const f of cs) {
      if (f === label || nameWithLittleMore(f, label, wordCount, 1, 2) || (label.includes(f) && f.length >= 5)) return true;
    }
  }
  if (site.hostWords.length >= 2 && wordCount <= 6) {
    const ws = fold(s).split(' ');
    if (site.hostWords.every((hw) => ws.some((w) => w.startsWith(fold(hw))))) return true;
  }
  return false;
}

/** The host as a reader would name the site when the page names it nowhere. */
export function readableHost(site: SiteInfo): string | null {
  return site.host;
}
