/**
 * Time-zone names pages print after a time ("6:30 PM EDT", "14:05 Uhr MESZ") mapped to UTC
 * offsets. Ambiguous names (IST, BST in some regions, CST in China) are read as their most
 * common news use; generic US names (ET, PT) follow US daylight-saving rules for the date.
 */

/** Fixed offsets in minutes east of UTC. Keys are upper-case. */
const FIXED: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0, WET: 0, WEZ: 0,
  BST: 60, IST: 330, WEST: 60, WESZ: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, MEST: 120,
  EET: 120, OEZ: 120, EEST: 180, OESZ: 180, MSK: 180, MSD: 240,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, PHT: 480,
  ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  PKT: 300, WIB: 420, ICT: 420, SAST: 120, CAT: 120, EAT: 180, WAT: 60, TRT: 180,
};

/** Generic US names whose offset depends on daylight-saving time: standard offset in minutes. */
const US_GENERIC: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** Regex source matching a zone name or a numeric `GMT+2` / `UTC+05:30` / `+0200` suffix. */
export const ZONE_SOURCE =
  '(?:(?:GMT|UTC)\\s?[+\\-−]\\s?\\d{1,2}(?::?\\d{2})?|[+\\-−]\\d{2}:?\\d{2}|' +
  [...Object.keys(FIXED).filter((k) => k.length > 1), ...Object.keys(US_GENERIC)].sort((a, b) => b.length - a.length).join('|') +
  ')';

function nthSunday(y: number, month: number, n: number): number {
  const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** True when US daylight-saving time is in effect on that local calendar day (2007 rules). */
export function usDaylight(y: number, m: number, d: number): boolean {
  const start = nthSunday(y, 3, 2);
  const end = nthSunday(y, 11, 1);
  const key = m * 100 + d;
  return key >= 300 + start && key < 1100 + end;
}

/** Offset in minutes for a zone token, or null when unknown. `ymd` decides ET/PT daylight time. */
export function zoneOffset(token: string, ymd: { y: number; m: number; d: number }): number | null {
  const t = token.trim().replace(/−/g, '-');
  const numeric = /^(?:GMT|UTC)?\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (numeric) {
    const h = Number(numeric[2]);
    const m = Number(numeric[3] ?? 0);
    if (h > 14 || m > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (h * 60 + m);
  }
  const up = t.toUpperCase();
  if (up in FIXED) return FIXED[up]!;
  if (up in US_GENERIC) return US_GENERIC[up]! + (usDaylight(ymd.y, ymd.m, ymd.d) ? 60 : 0);
  return null;
}
