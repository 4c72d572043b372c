/**
 * Dates in the page's address: `/2019/07/03/`, `/20190703/`, `2019-07-03` in the path. The
 * page's own canonical and `og:url` count as its address too.
 */
import { makeDate } from './normalize';
import { canonicalHref, metaValue, type PageIndex } from './page-index';
import type { DateCandidate } from './types';

const PATTERNS: { re: RegExp; weight: number }[] = [
  { re: /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=\/|$|[^\d])/, weight: 10 },
  { re: /(?<![\d])((?:19|20)\d{2})[-_](0[1-9]|1[0-2])[-_](0[1-9]|[12]\d|3[01])(?![\d])/, weight: 8 },
  { re: /(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])/, weight: 5 },
];

function pathOf(url: string): string | null {
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
}

export function urlCandidates(idx: PageIndex, url: string): DateCandidate[] {
  const urls = [url];
  for (const u of [canonicalHref(idx), metaValue(idx, 'og:url')]) {
    if (!u) continue;
    try {
      urls.push(new URL(u, url).href);
    } catch {
      // An unusable canonical is just ignored.
    }
  }
  const out: DateCandidate[] = [];
  urls.forEach((u, i) => {
    const path = pathOf(u);
    if (!path) return;
    for (const { re, weight } of PATTERNS) {
      const m = re.exec(path);
      if (!m) continue;
      const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date) {
        out.push({ date, role: 'unknown', source: 'url', raw: u, weight: weight - i, explicit: false });
        break;
      }
    }
  });
  return out;
}
