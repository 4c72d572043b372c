/**
 * Dates written for people: "3 July 2019", "Veröffentlicht am 3. Juli 2019, 14:05 Uhr",
 * "03.07.2019", "lundi 2 novembre 2020", "05/03/2022 - 11:20", "July 5, 2021 6:30 PM EDT",
 * "2019年7月3日". Finds every date in a short string; the caller bounds the string.
 */
import { monthNumber } from './months';
import { makeDate } from './normalize';
import type { DateParts } from './types';
import { ZONE_SOURCE, zoneOffset } from './zones';
import { LETTER_CHAR, LETTER_END, LETTER_START, WORD_CHAR, WORD_END } from '../word-boundary';

export type NumericOrder = 'dmy' | 'mdy';

export interface TextDateMatch {
  date: DateParts;
  index: number;
  end: number;
  raw: string;
  /** D/M/Y versus M/D/Y had to be decided by language or page hints. */
  ambiguous: boolean;
}

export interface TextParseOptions {
  /** How to read `NN/NN/YYYY` when both parts could be the month. */
  order: NumericOrder;
}

// Numbers must not continue a longer number, version or identifier.
const L = `(?<!${WORD_CHAR}|\\d[./-])`;
const R = `(?!${WORD_CHAR}|[./-]\\d)`;
/**
 * Any whole word where a month name goes; monthNumber() then says whether it is one. An
 * alternation of every month form in every language was the costliest regex to compile.
 */
const MONTH = `(${LETTER_CHAR}+)\\.?`;
const ORD = '(?:st|nd|rd|th|er|e|º|°|ª|\\.)?';

const PATTERNS: { re: RegExp; kind: 'iso' | 'ymd' | 'num' | 'dmy-name' | 'mdy-name' | 'ymd-name' | 'cjk' }[] = [
  { kind: 'iso', re: new RegExp(`${L}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?${R}`, 'g') },
  { kind: 'ymd', re: new RegExp(`${L}(\\d{4})([/.])[^\\S\\n]?(\\d{1,2})\\2[^\\S\\n]?(\\d{1,2})\\.?${R}`, 'g') },
  { kind: 'num', re: new RegExp(`${L}(\\d{1,2})([./-])[^\\S\\n]?(\\d{1,2})\\2[^\\S\\n]?(\\d{4}|\\d{2})${R}`, 'g') },
  {
    kind: 'dmy-name',
    re: new RegExp(`${L}(\\d{1,2})${ORD}(?:[^\\S\\n]|[\\-/])*(?:de[^\\S\\n]+|of[^\\S\\n]+|d[’'][^\\S\\n]*)?${MONTH}${LETTER_END}(?:[^\\S\\n]|[\\-/,])*(?:de[^\\S\\n]+|del[^\\S\\n]+)?(\\d{4})${R}`, 'gi'),
  },
  { kind: 'mdy-name', re: new RegExp(`${LETTER_START}${MONTH}${LETTER_END}[^\\S\\n]*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?[^\\S\\n]*(\\d{4})${R}`, 'gi') },
  { kind: 'ymd-name', re: new RegExp(`${L}(\\d{4})\\.?[^\\S\\n]*(?:m\\.[^\\S\\n]*)?${MONTH}${LETTER_END}[^\\S\\n]*(\\d{1,2})\\.?${R}`, 'gi') },
  { kind: 'cjk', re: /(\d{4})[^\S\n]*[年년][^\S\n]*(\d{1,2})[^\S\n]*[月월][^\S\n]*(\d{1,2})[^\S\n]*[日일]?/gu },
];

const TIME_TAIL = new RegExp(
  '(?:[^\\S\\n]*(?:,|\\||-|–|—|/|·|•|@|um|at|à|a las|a la|alle|ore|om|o|в|klo|kl\\.?|T|godz\\.?)?[^\\S\\n]*)' +
    '(\\d{1,2})(?:[:h](\\d{2})|\\.(\\d{2})(?=[^\\S\\n]*Uhr))(?::(\\d{2}))?(?![\\d])' +
    `(?:[^\\S\\n]*([ap])\\.?[^\\S\\n]?m\\.?${LETTER_END})?` +
    `(?:[^\\S\\n]*(?:Uhr|hrs?|horas|ч\\.?)${LETTER_END})?` +
    `(?:[^\\S\\n]*\\(?(${ZONE_SOURCE})\\)?${WORD_END})?`,
  'iy',
);
const TIME_HEAD = new RegExp(
  `(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[^\\S\\n]*([ap])\\.?[^\\S\\n]?m\\.?)?(?:[^\\S\\n]*(?:Uhr|h))?(?:[^\\S\\n]*\\(?(${ZONE_SOURCE})\\)?)?[^\\S\\n]*(?:,|\\||-|–|—|·|•|on)?[^\\S\\n]*$`,
  'i',
);

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase() === 'p';
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

function twoDigitYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n <= 69 ? 2000 + n : 1900 + n;
}

interface Found {
  index: number;
  end: number;
  y: number;
  m: number;
  d: number;
  ambiguous: boolean;
  time: DateParts['time'];
  zone: string | null;
}

function fromMatch(kind: string, m: RegExpExecArray, opts: TextParseOptions): Found | null {
  const base = { index: m.index, end: m.index + m[0].length, ambiguous: false, time: null, zone: null };
  switch (kind) {
    case 'iso': {
      const time = m[4] !== undefined ? { h: Number(m[4]), min: Number(m[5]), s: Number(m[6] ?? 0) } : null;
      return { ...base, y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time, zone: m[7] ?? null };
    }
    case 'ymd':
      return { ...base, y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) };
    case 'num': {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const y = twoDigitYear(m[4]!);
      if (m[4]!.length === 2 && m[2] === '-') return null; // "12-05-19" is too often an identifier
      if (m[2] === '.') return { ...base, y, m: b, d: a };
      if (a > 12 && b <= 12) return { ...base, y, m: b, d: a };
      if (b > 12 && a <= 12) return { ...base, y, m: a, d: b };
      if (a === b) return { ...base, y, m: a, d: a };
      return opts.order === 'mdy' ? { ...base, y, m: a, d: b, ambiguous: true } : { ...base, y, m: b, d: a, ambiguous: true };
    }
    case 'dmy-name': {
      const mon = monthNumber(m[2]!);
      return mon ? { ...base, y: Number(m[3]), m: mon, d: Number(m[1]) } : null;
    }
    case 'mdy-name': {
      const mon = monthNumber(m[1]!);
      return mon ? { ...base, y: Number(m[3]), m: mon, d: Number(m[2]) } : null;
    }
    case 'ymd-name': {
      const mon = monthNumber(m[2]!);
      return mon ? { ...base, y: Number(m[1]), m: mon, d: Number(m[3]) } : null;
    }
    case 'cjk':
      return { ...base, y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    default:
      return null;
  }
}

/** Adds a time (and zone) written right after or right before the date. */
function attachTime(text: string, f: Found): void {
  if (f.time) return;
  TIME_TAIL.lastIndex = f.end;
  const t = TIME_TAIL.exec(text);
  if (t) {
    const min = t[2] ?? t[3];
    f.time = { h: hour12(Number(t[1]), t[5]), min: Number(min), s: Number(t[4] ?? 0) };
    f.zone = t[6] ?? null;
    f.end = TIME_TAIL.lastIndex;
    return;
  }
  const before = text.slice(Math.max(0, f.index - 32), f.index);
  const h = TIME_HEAD.exec(before);
  if (h) {
    f.time = { h: hour12(Number(h[1]), h[4]), min: Number(h[2]), s: Number(h[3] ?? 0) };
    f.zone = h[5] ?? null;
  }
}

/** Every date written in `text`, in order, without overlaps. Impossible dates are dropped. */
export function findTextDates(text: string, opts: TextParseOptions): TextDateMatch[] {
  const found: Found[] = [];
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const f = fromMatch(kind, m, opts);
      if (f) found.push(f);
      // The word in the month's place was not a month: a date may still start inside the match.
      else if (kind.endsWith('-name')) re.lastIndex = m.index + 1;
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: TextDateMatch[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.index < lastEnd) continue;
    attachTime(text, f);
    const offset = f.time && f.zone ? zoneOffset(f.zone, f) : null;
    const date = makeDate(f.y, f.m, f.d, f.time, offset);
    if (!date) continue;
    lastEnd = f.end;
    out.push({ date, index: f.index, end: f.end, raw: text.slice(f.index, f.end).trim(), ambiguous: f.ambiguous });
  }
  return out;
}

/**
 * How the page writes `NN/NN/YYYY`: an unambiguous example on the page decides, then the
 * language (American English is month-first; nearly everyone else is day-first).
 */
export function numericOrder(lang: string | null, sample = ''): NumericOrder {
  const re = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sample)) !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) return 'dmy';
    if (b > 12 && a <= 12) return 'mdy';
  }
  const l = (lang ?? '').toLowerCase().replace('_', '-');
  if (l === 'en' || l === 'en-us' || l === 'en-ph' || l === 'fil' || l.startsWith('en-us-')) return 'mdy';
  return 'dmy';
}
