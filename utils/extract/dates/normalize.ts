/**
 * Validation and ISO output. A date-time with offset only when the page stated a time and a
 * zone (the page's own offset is kept, never converted); otherwise the stated calendar date.
 */
import type { DateParts } from './types';

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A date with a possible calendar, or null. Years are limited to 1800–2199; bounds on plausibility are applied later. */
export function makeDate(
  y: number,
  m: number,
  d: number,
  time: DateParts['time'] = null,
  offset: number | null = null,
): DateParts | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1800 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  let t = time;
  if (t && (t.h < 0 || t.h > 24 || t.min < 0 || t.min > 59 || t.s < 0 || t.s > 60 || (t.h === 24 && (t.min > 0 || t.s > 0)))) t = null;
  if (t && t.h === 24) t = { h: 23, min: 59, s: 59 };
  const off = t && offset !== null && Math.abs(offset) <= 14 * 60 ? offset : null;
  return { y, m, d, time: t, offset: off };
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

export function dayString(p: DateParts): string {
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
}

/** ISO 8601: `YYYY-MM-DDTHH:MM:SS±HH:MM` when time and zone are known, else `YYYY-MM-DD`. */
export function toIso(p: DateParts): string {
  if (p.time && p.offset !== null) {
    return `${dayString(p)}T${pad(p.time.h)}:${pad(p.time.min)}:${pad(p.time.s)}${formatOffset(p.offset)}`;
  }
  return dayString(p);
}

/** Comparable key for the calendar day as stated (yyyymmdd). */
export function dayKey(p: DateParts): number {
  return p.y * 10000 + p.m * 100 + p.d;
}

/** Milliseconds since the epoch; a date without zone is read as UTC noon, a date without time as UTC noon too. */
export function approxInstant(p: DateParts): number {
  const t = p.time ?? { h: 12, min: 0, s: 0 };
  const off = p.time && p.offset !== null ? p.offset : 0;
  return Date.UTC(p.y, p.m - 1, p.d, t.h, t.min, t.s) - off * 60_000;
}

function utcDayKey(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/** Earliest year a date may have without being labelled as the article's date. */
export const UNLABELLED_MIN_YEAR = 1995;
/** Earliest year even for labelled dates: older values are placeholders (0001, 1900, 1970). */
export const LABELLED_MIN_YEAR = 1971;

/**
 * Rejects dates after tomorrow (relative to `now`, or the real clock) and implausibly old ones.
 * "Tomorrow" is the UTC calendar day after `now`: pages ahead of UTC may already be there.
 */
export function isPlausible(p: DateParts, now: Date | null, explicit: boolean): boolean {
  const minYear = explicit ? LABELLED_MIN_YEAR : UNLABELLED_MIN_YEAR;
  if (p.y < minYear) return false;
  const ref = now ? now.getTime() : Date.now();
  return dayKey(p) <= utcDayKey(ref + 86_400_000);
}
