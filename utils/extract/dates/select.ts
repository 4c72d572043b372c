/**
 * Picks the published and the modified date from all candidates. Sources rank JSON-LD >
 * meta > `<time>` > URL > text; within a source, the candidate's weight decides, then page
 * order. A date labelled as an update is only ever the modified date, and an unlabelled one
 * only ever the published date.
 *
 * Cross-checks use what the reader sees on the page:
 * - when the machine-readable sources disagree, the one a visible date confirms wins;
 * - a meta value that nothing visible confirms loses to the `<time>` beside the headline;
 * - a UTC timestamp whose calendar day differs by one from the visible date is the same
 *   instant in the page's own zone: the visible day is kept (with its offset when the page
 *   shows the local time).
 */
import type { DateEvidence, DateSource } from '../../clip';
import { approxInstant, dayKey, isPlausible, makeDate, toIso } from './normalize';
import type { DateCandidate, DateParts } from './types';

const BASE: Record<DateSource, number> = { 'json-ld': 100, meta: 80, time: 60, url: 40, text: 20 };

export interface Selection {
  published: DateCandidate | null;
  modified: DateCandidate | null;
}

export function score(c: DateCandidate): number {
  return BASE[c.source] + c.weight;
}

function best(cands: DateCandidate[]): DateCandidate | null {
  let top: DateCandidate | null = null;
  for (const c of cands) if (!top || score(c) > score(top)) top = c;
  return top;
}

const machine = (c: DateCandidate): boolean => c.source === 'json-ld' || c.source === 'meta';
/** A date shown near the headline (not one read from far down the page). */
const visible = (c: DateCandidate): boolean => (c.source === 'time' && c.weight >= 5) || (c.source === 'text' && c.weight >= 6);
const sameDay = (a: DateParts, b: DateParts): boolean => dayKey(a) === dayKey(b);

/** Among disagreeing machine-readable dates, the one a visible date confirms. */
function corroborated(top: DateCandidate, pool: DateCandidate[]): DateCandidate {
  if (!machine(top)) return top;
  const seen = pool.filter(visible);
  if (seen.length === 0 || seen.some((v) => sameDay(v.date, top.date))) return top;
  const alt = pool
    .filter((c) => machine(c) && c !== top && score(c) >= score(top) - 40 && seen.some((v) => sameDay(v.date, c.date)))
    .sort((a, b) => score(b) - score(a))[0];
  return alt ?? top;
}

/**
 * A secondary meta tag against the `<time>` printed beside the headline: when no visible
 * date backs the meta value and the `<time>` is not the page's modified date, the page shows
 * the truth.
 */
function headerTime(top: DateCandidate, pool: DateCandidate[], modified: DateCandidate[]): DateCandidate {
  // `article:published_time` itself is kept: the override is for secondary keys
  // (`og:article:published_time`, `dcterms.date`, microdata) that templates fill carelessly.
  if (top.source !== 'meta' || top.weight >= 10) return top;
  const near = pool.filter((c) => c.source === 'time' && c.weight >= 11).sort((a, b) => score(b) - score(a))[0];
  if (!near || sameDay(near.date, top.date)) return top;
  if (pool.some((c) => visible(c) && sameDay(c.date, top.date))) return top;
  if (modified.some((m) => sameDay(m.date, near.date))) return top;
  return near;
}

/**
 * A UTC instant shown on the page as the next or previous local day: returns the date in the
 * page's zone, or null when the visible dates do not show such a shift.
 */
function localDay(top: DateCandidate, pool: DateCandidate[]): DateCandidate | null {
  const d = top.date;
  if (!machine(top) || !d.time || d.offset !== 0) return null;
  const seen = pool.filter(visible);
  if (seen.length === 0 || seen.some((v) => sameDay(v.date, d))) return null;
  const instant = approxInstant(d);
  for (const v of seen.sort((a, b) => score(b) - score(a))) {
    const diffDays = (Date.UTC(v.date.y, v.date.m - 1, v.date.d) - Date.UTC(d.y, d.m - 1, d.d)) / 86_400_000;
    if (Math.abs(diffDays) !== 1) continue;
    const secondsOfDay = d.time.h * 3600 + d.time.min * 60 + d.time.s;
    // The shift must be reachable by a real offset (−12 h … +14 h) from this time of day.
    const reachable = diffDays === 1 ? secondsOfDay >= 10 * 3600 : secondsOfDay < 12 * 3600;
    if (!reachable) continue;
    if (v.date.time) {
      const local = Date.UTC(v.date.y, v.date.m - 1, v.date.d, v.date.time.h, v.date.time.min, d.time.s);
      const offset = Math.round((local - instant) / 900_000) * 15;
      if (Math.abs(offset) <= 14 * 60) {
        const date = makeDate(v.date.y, v.date.m, v.date.d, { ...v.date.time, s: d.time.s }, offset);
        if (date) return { ...top, date };
      }
    }
    return { ...v, date: makeDate(v.date.y, v.date.m, v.date.d)!, role: top.role };
  }
  return null;
}

/**
 * A page whose header shows, without any label, the day its metadata calls the modification,
 * and shows the stated publication day nowhere: the site presents that day as the article's
 * date (republished stories, "online since" fields), so the shown day is the publication.
 */
function shownDay(top: DateCandidate, pool: DateCandidate[], modPool: DateCandidate[], modified: DateCandidate | null): DateCandidate | null {
  if (!modified || !machine(top) || !machine(modified) || sameDay(top.date, modified.date)) return null;
  if (approxInstant(modified.date) < approxInstant(top.date)) return null;
  const seen = pool.filter(visible);
  if (seen.some((v) => sameDay(v.date, top.date))) return null;
  const shown = seen.sort((a, b) => score(b) - score(a))[0];
  if (!shown || shown.role !== 'unknown' || !sameDay(shown.date, modified.date)) return null;
  // The same day printed as "Updated …" elsewhere in the header: the page does label it.
  if (modPool.some((m) => !machine(m) && visible(m) && sameDay(m.date, shown.date))) return null;
  return shown;
}

export function selectDates(candidates: readonly DateCandidate[], now: Date | null): Selection {
  const ok = candidates.filter((c) => isPlausible(c.date, now, c.explicit));
  const pubPool = ok.filter((c) => c.role !== 'modified');
  const modPool = ok.filter((c) => c.role === 'modified');
  let published = best(pubPool);
  if (published) {
    published = corroborated(published, pubPool);
    published = headerTime(published, pubPool, modPool);
    published = localDay(published, pubPool) ?? published;
  }
  let modified = best(modPool);
  if (published) published = shownDay(published, pubPool, modPool, modified) ?? published;
  // An "update" before the publication is a page error, not an update.
  if (published && modified && approxInstant(modified.date) < approxInstant(published.date) - 86_400_000) modified = null;
  return { published, modified };
}

export function evidenceOf(c: DateCandidate | null): DateEvidence | null {
  return c ? { source: c.source, raw: c.raw } : null;
}

export function isoOf(c: DateCandidate | null): string | null {
  return c ? toIso(c.date) : null;
}
