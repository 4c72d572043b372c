/**
 * One pass over the page's `<meta>` elements into a lookup by lower-cased key (`property`,
 * `name`, `itemprop` and `http-equiv`; space-separated keys count for each). Pure.
 */
import { cleanValue } from './text';

export interface MetaTags {
  /** The first non-empty value for any of the keys, tried in order. */
  get(...keys: string[]): string | null;
  /** Every non-empty value for the key, in document order, without duplicates. */
  all(key: string): string[];
}

/** "dc:creator", "DCTERMS.creator" and "dcterm:creator" all mean "dc.creator". */
function normalizeKey(key: string): string {
  return key.replace(/^(?:dc|dcterms?)[:.]/, 'dc.');
}

/** `metas`: the page's `<meta>` elements in document order (see page-index.ts). */
export function readMetaTags(metas: readonly Element[]): MetaTags {
  // `property` values apart and first: pages that give both mean the property one (RDFa, Open Graph).
  const byProperty = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, raw: string | null, value: string) => {
    if (!raw) return;
    for (const k of raw.toLowerCase().split(/\s+/)) {
      if (!k) continue;
      const key = normalizeKey(k);
      const list = map.get(key);
      if (!list) map.set(key, [value]);
      else if (!list.includes(value)) list.push(value);
    }
  };
  for (const el of metas) {
    const value = cleanValue(el.getAttribute('content'));
    if (!value) continue;
    add(byProperty, el.getAttribute('property'), value);
    for (const a of ['name', 'itemprop', 'http-equiv']) add(byName, el.getAttribute(a), value);
  }
  const all = (key: string): string[] => byProperty.get(key) ?? byName.get(key) ?? [];
  return {
    get(...keys: string[]): string | null {
      for (const k of keys) {
        const v = all(k);
        if (v.length > 0) return v[0]!;
      }
      return null;
    },
    all,
  };
}
