/**
 * Dates shown on the page: `<time>` elements in the article header (their `datetime` or
 * text), then dates written in the text around the headline, labelled by the words before
 * them ("Updated …") or by their element's class. Relative dates only with a reference time.
 */
import { roleFromAttributes, roleFromLabel } from './labels';
import type { PageIndex } from './page-index';
import { parseValue } from './parse-value';
import { findRelativeDate } from './relative';
import type { PageScope } from './scope';
import { findTextDates, type NumericOrder } from './text-parse';
import type { DateCandidate, DateRole } from './types';
import { spanAt, type Zone } from './zone';

const DATE_CLASS = /date|time|datum|fecha|data|publi|posted|updated|byline|meta|dateline|stand|zeit/i;

/** Closer to the headline is better; the header line after it is the usual place. */
function proximity(zone: Zone, pos: number): number {
  const d = pos - zone.headingPos;
  return d >= 0 ? 10 - Math.min(d, 1500) / 150 : 10 - Math.min(-d, 600) / 60;
}

function roleNear(el: Element | null, depth = 3): DateRole {
  for (let p = el, i = 0; p && i < depth; p = p.parentElement, i++) {
    const r = roleFromAttributes(p);
    if (r !== 'unknown') return r;
  }
  return 'unknown';
}

function hasDateClass(el: Element | null): boolean {
  for (let p = el, i = 0; p && i < 3; p = p.parentElement, i++) {
    const s = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`;
    if (s.length > 1 && DATE_CLASS.test(s)) return true;
  }
  return false;
}

/** The label words right before `pos`: back to the previous date or the start of the line. */
function prefixBefore(text: string, pos: number, floor: number): string {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return text.slice(Math.max(lineStart, floor, pos - 60), pos);
}

function timeValue(el: Element): string {
  const attr = el.tagName === 'ABBR' ? el.getAttribute('title') : el.getAttribute('datetime');
  return (attr ?? '').trim() || (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function timeCandidates(idx: PageIndex, zone: Zone, scope: PageScope, order: NumericOrder): DateCandidate[] {
  const out: DateCandidate[] = [];
  const seen = new Set<Element>();
  for (const { el, pos } of zone.elements) {
    seen.add(el);
    const raw = timeValue(el);
    const date = parseValue(raw, order);
    if (!date) continue;
    const classRole = el.hasAttribute('pubdate') ? 'published' : roleNear(el);
    const role = classRole === 'unknown' ? roleFromLabel(prefixBefore(zone.text, pos, 0)) : classRole;
    if (role === 'other') continue;
    out.push({ date, role, source: 'time', raw, weight: proximity(zone, pos) + 5, explicit: role !== 'unknown', roleFromClass: classRole !== 'unknown' });
  }
  // Elsewhere in the article (a footer line "Posted on …"); never in excluded blocks.
  for (const el of idx.times) {
    if (seen.has(el) || scope.inExcludedBlock(el)) continue;
    const inside = scope.container ? scope.container.contains(el) : !scope.heading;
    const raw = timeValue(el);
    const date = parseValue(raw, order);
    if (!date) continue;
    const role = el.hasAttribute('pubdate') ? 'published' : roleNear(el);
    // Far from the headline and outside the article: only better than the weakest text.
    out.push({ date, role, source: 'time', raw, weight: inside ? 2 : -36, explicit: role !== 'unknown', roleFromClass: role !== 'unknown' });
  }
  return out;
}

/** The zone line holding `pos`. */
function lineAround(text: string, pos: number): string {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const end = text.indexOf('\n', pos);
  return text.slice(start, end < 0 ? text.length : end);
}

const CAPTION = /caption|legend|credit|figcaption|wp-caption|bildunterschrift|pie-?foto/i;

function inCaption(el: Element | null): boolean {
  for (let p = el, i = 0; p && i < 4; p = p.parentElement, i++) {
    const tag = p.tagName;
    if (tag === 'FIGCAPTION' || tag === 'FIGURE') return true;
    const h = p.getAttribute('class');
    if (h && CAPTION.test(h)) return true;
  }
  return false;
}

export function textCandidates(zone: Zone, order: NumericOrder, now: Date | null, lang: string | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  let prevEnd = 0;
  for (const m of findTextDates(zone.text, { order })) {
    const el = spanAt(zone, m.index)?.node.parentElement ?? null;
    const line = lineAround(zone.text, m.index);
    // In running prose, "released" or "updated" describe something else than the article.
    const prose = line.length > 200;
    const labelled = prose ? 'unknown' : roleFromLabel(prefixBefore(zone.text, m.index, prevEnd));
    prevEnd = m.end;
    if (labelled === 'other') continue;
    const fromClass = labelled === 'unknown';
    const role = fromClass ? roleNear(el) : labelled;
    const weight =
      proximity(zone, m.index) +
      (hasDateClass(el) ? 2 : 0) +
      (role === 'published' ? 2 : 0) -
      (m.ambiguous ? 1 : 0) +
      (line.length <= 80 ? 2 : prose ? -2 : 0) -
      (inCaption(el) ? 4 : 0);
    out.push({ date: m.date, role, source: 'text', raw: m.raw, weight, explicit: role !== 'unknown', roleFromClass: fromClass && role !== 'unknown', inProse: prose });
  }
  if (out.length === 0 && now) {
    // Only the header lines: a relative date further down is about something else.
    const near = zone.text.slice(Math.max(0, zone.headingPos - 200), zone.headingPos + 400);
    const rel = findRelativeDate(near, now, lang);
    if (rel) {
      const labelled = roleFromLabel(near.slice(Math.max(0, rel.index - 40), rel.index));
      const role = labelled === 'other' ? 'unknown' : labelled;
      if (labelled !== 'other') out.push({ date: rel.date, role, source: 'text', raw: rel.raw, weight: 0, explicit: false });
    }
  }
  return out;
}

/**
 * Themes put hAtom's `updated` class on the only date they show. A class alone makes a date
 * "modified" only when the page also marks another date as published (by class or label);
 * otherwise it is the page's date like any unlabelled one.
 */
export function settleClassRoles(cands: DateCandidate[]): DateCandidate[] {
  const marksPublished = cands.some((c) => c.role === 'published');
  if (marksPublished) return cands;
  return cands.map((c) => (c.roleFromClass && c.role === 'modified' ? { ...c, role: 'unknown' as const, weight: c.weight - 1, explicit: false } : c));
}

/** A date in the document title ("… | 02.11.2021") speaks for the whole page. */
export function titleCandidates(doc: Document, order: NumericOrder): DateCandidate[] {
  const title = (doc.title ?? '').slice(0, 300);
  const m = title ? findTextDates(title, { order })[0] : undefined;
  return m ? [{ date: m.date, role: 'unknown', source: 'text', raw: m.raw, weight: 6, explicit: false }] : [];
}
