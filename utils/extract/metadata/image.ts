/**
 * The lead image the page declares for sharing: og:image, twitter:image, JSON-LD image,
 * `link rel=image_src`; absolute http(s) only. Pure.
 */
import { deref, type LdView } from './ld';
import type { MetaTags } from './meta-tags';
import { relHas, type MetaPage } from './page-index';

function absoluteHttp(src: string | null | undefined, base: string): string | null {
  if (!src || !src.trim()) return null;
  try {
    const u = new URL(src.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function ldImage(ld: LdView): string | null {
  let v = ld.article?.['image'] ?? ld.article?.['thumbnailUrl'];
  if (Array.isArray(v)) v = v[0];
  v = deref(ld, v);
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const url = o['url'] ?? o['contentUrl'];
    if (typeof url === 'string') return url;
    if (Array.isArray(url) && typeof url[0] === 'string') return url[0];
  }
  return null;
}

export function readLeadImage(page: MetaPage, meta: MetaTags, ld: LdView): string | null {
  const base = page.base;
  // In order, each read only if the ones before gave nothing.
  const candidates: (() => string | null)[] = [
    () => meta.get('og:image:secure_url', 'og:image:url', 'og:image'),
    () => meta.get('twitter:image', 'twitter:image:src'),
    () => ldImage(ld),
    () => page.links.find((l) => l.hasAttribute('href') && relHas(l, 'image_src'))?.getAttribute('href') ?? null,
  ];
  for (const c of candidates) {
    const abs = absoluteHttp(c(), base);
    if (abs) return abs;
  }
  return null;
}
