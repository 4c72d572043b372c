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

export function readMetaTags(doc: Document): MetaTags {
  const map = new Map<string, string[]>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const value = cleanValue(el.getAttribute('content'));
    if (!value) continue;
    const keys = [el.getAttribute('property'), el.getAttribute('name'), el.getAttribute('itemprop'), el.getAttribute('http-equiv')];
    for (const raw of keys) {
      if (!raw) continue;
      for (const key of raw.toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = map.get(key);
        if (!list) map.set(key, [value]);
        else if (!list.includes(value)) list.push(value);
      }
    }
  }
  return {
    get(...keys: string[]): string | null {
      for (const k of keys) {
        const v = map.get(k);
        if (v && v.length > 0) return v[0]!;
      }
      return null;
    },
    all(key: string): string[] {
      return map.get(key) ?? [];
    },
  };
}
