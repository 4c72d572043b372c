/**
 * A one-line summary: the page's description (meta, og, twitter, JSON-LD), else the first
 * real paragraph of the article. Pure.
 */
import type { LdView } from './ld';
import type { MetaTags } from './meta-tags';
import { cleanValue, squash } from './text';

const MAX = 500;

function oneLine(s: string | null): string | null {
  if (!s) return null;
  const line = squash(s);
  if (!line) return null;
  if (line.length <= MAX) return line;
  const cut = line.slice(0, MAX);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > MAX * 0.6 ? space : MAX)}…`;
}

export function readExcerpt(meta: MetaTags, ld: LdView): string | null {
  const d = ld.article?.['description'];
  return oneLine(meta.get('description', 'og:description', 'twitter:description', 'dc.description') ?? (typeof d === 'string' ? cleanValue(d) : null));
}

/** The first paragraph of the article body long enough to say something. */
export function excerptFromBody(content: Element | null): string | null {
  if (!content) return null;
  const ps = Array.from(content.getElementsByTagName('p')).slice(0, 20);
  for (const p of ps) {
    const t = squash(p.textContent ?? '');
    if (t.length >= 40) return oneLine(t);
  }
  return null;
}

export { oneLine };
