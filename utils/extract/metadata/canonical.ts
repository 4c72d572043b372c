/**
 * The article's canonical address: `<link rel=canonical>`, else og:url, else the JSON-LD url,
 * made absolute. A canonical that points elsewhere than this article (another site, the
 * home page or a section from an article URL, a non-http scheme) is a CMS mistake and is
 * ignored rather than trusted. Pure.
 */
import type { LdView } from './ld';
import type { MetaTags } from './meta-tags';
import { relHas, type MetaPage } from './page-index';

function absolute(href: string | null | undefined, base: string): URL | null {
  if (!href || !href.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The registrable part of a host, roughly: the last two labels, three for "co.uk"-style hosts. */
export function siteKey(host: string): string {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  if (parts.length <= 2) return parts.join('.');
  const sld = parts[parts.length - 2]!;
  const n = /^(?:co|com|org|net|gov|ac|edu|or|ne|go|gv|gob)$/.test(sld) && parts[parts.length - 1]!.length === 2 ? 3 : 2;
  return parts.slice(-n).join('.');
}

function isRootish(u: URL): boolean {
  return u.pathname === '/' || u.pathname === '' || /^\/(?:index\.\w+|home|[a-z]{2}(?:-[a-z]{2})?)\/?$/i.test(u.pathname);
}

/** True when `candidate` can be the canonical address of the page at `page`. */
export function saneCanonical(candidate: URL, page: URL | null): boolean {
  if (!page || (page.protocol !== 'http:' && page.protocol !== 'https:')) return true;
  if (siteKey(candidate.hostname) !== siteKey(page.hostname)) return false;
  // An article whose canonical is the home page: the template's default, not this article.
  if (isRootish(candidate) && !isRootish(page) && !candidate.search) return false;
  return true;
}

export function readCanonical(idx: MetaPage, meta: MetaTags, ld: LdView, url: string): string | null {
  let page: URL | null;
  try {
    page = new URL(url);
  } catch {
    page = null;
  }
  const base = idx.base;
  const link = idx.links.find((l) => l.hasAttribute('href') && relHas(l, 'canonical'))?.getAttribute('href');
  const main = ld.article?.['mainEntityOfPage'];
  const ldUrl = typeof ld.article?.['url'] === 'string' ? (ld.article['url'] as string)
    : main && typeof main === 'object' && typeof (main as Record<string, unknown>)['@id'] === 'string' ? ((main as Record<string, unknown>)['@id'] as string)
      : typeof main === 'string' ? main : null;
  for (const href of [link, meta.get('og:url'), ldUrl]) {
    const u = absolute(href, base);
    if (u && saneCanonical(u, page)) {
      u.hash = '';
      return u.href;
    }
  }
  return null;
}
