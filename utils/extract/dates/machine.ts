/**
 * Machine-readable date values (JSON-LD, meta content, `datetime` attributes): ISO 8601 and
 * its common deformations, compact `YYYYMMDD`, RFC 2822 / JavaScript `Date` strings and Unix
 * timestamps. Anything else goes to the text parser.
 */
import { makeDate } from './normalize';
import type { DateParts } from './types';
import { zoneOffset } from './zones';

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|T\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?)?)?(?![\d])/i;
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MON: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
/** "Wed, 03 Jul 2019 14:05:00 +0200" (RFC 2822). */
const RFC2822 =
  /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|UT|Z|[A-Z]{2,5})?)?/i;
/** "Wed Jul 03 2019 14:05:00 GMT+0200 (CEST)" (JavaScript Date#toString). */
const JS_DATE =
  /^(?:[a-z]{3},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*((?:GMT|UTC)?[+-]\d{4}|GMT|UTC|Z|[A-Z]{2,5})?)?/i;

function timeOf(h?: string, min?: string, s?: string): DateParts['time'] {
  if (h === undefined || min === undefined) return null;
  return { h: Number(h), min: Number(min), s: Number(s ?? 0) };
}

function withZone(y: number, m: number, d: number, time: DateParts['time'], zone: string | undefined): DateParts | null {
  const offset = time && zone ? zoneOffset(zone, { y, m, d }) : null;
  return makeDate(y, m, d, time, offset);
}

/** Parses a machine-readable value; null when it is not one of the known shapes. */
export function parseMachineDate(value: string): DateParts | null {
  const s = value.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) return withZone(Number(m[1]), Number(m[2]), Number(m[3]), timeOf(m[4], m[5], m[6]), m[7]);
  m = COMPACT.exec(s);
  if (m) return withZone(Number(m[1]), Number(m[2]), Number(m[3]), timeOf(m[4], m[5], m[6]), m[7]);
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), { h: d.getUTCHours(), min: d.getUTCMinutes(), s: d.getUTCSeconds() }, 0);
  }
  m = RFC2822.exec(s);
  if (m && MON[m[2]!.toLowerCase()]) {
    return withZone(Number(m[3]), MON[m[2]!.toLowerCase()]!, Number(m[1]), timeOf(m[4], m[5], m[6]), m[7]);
  }
  m = JS_DATE.exec(s);
  if (m && MON[m[1]!.toLowerCase()]) {
    return withZone(Number(m[3]), MON[m[1]!.toLowerCase()]!, Number(m[2]), timeOf(m[4], m[5], m[6]), m[7]);
  }
  return null;
}
