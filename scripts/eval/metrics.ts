/** Metric implementations from ../shared/docs/benchmarks.md §3. Pure. */

/** Python 3 `\w+` (Unicode letters, numbers, underscore). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const size = Math.min(n, tokens.length);
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface DocScore {
  tp: number;
  fp: number;
  fn: number;
  /** Precision, or null when the prediction has no shingles. */
  precision: number | null;
  /** Recall, or null when the truth has no shingles. */
  recall: number | null;
  exact: boolean;
}

/** Zyte AEB per-document shingle score (§3.2 steps 1–4, 6). */
export function shingleScore(truth: string, predicted: string): DocScore {
  const tt = tokenize(truth);
  const pt = tokenize(predicted);
  const ts = shingles(tt);
  const ps = shingles(pt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of ts) {
    const p = ps.get(k) ?? 0;
    tp += Math.min(c, p);
    fn += Math.max(0, c - p);
  }
  for (const [k, c] of ps) fp += Math.max(0, c - (ts.get(k) ?? 0));
  const sum = tp + fp + fn;
  const [ntp, nfp, nfn] = sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
  const precision = ntp + nfp > 0 ? (nfp === 0 ? 1 : ntp / (ntp + nfp)) : null;
  const recall = ntp + nfn > 0 ? (nfn === 0 ? 1 : ntp / (ntp + nfn)) : null;
  const exact = tt.length === pt.length && tt.every((t, i) => t === pt[i]);
  return { tp: ntp, fp: nfp, fn: nfn, precision, recall, exact };
}

export interface AggregateScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  n: number;
}

/** §3.2 step 5: macro precision and recall, then their harmonic mean. */
export function aggregateShingles(scores: readonly DocScore[]): AggregateScore {
  const ps = scores.map((s) => s.precision).filter((x): x is number => x !== null);
  const rs = scores.map((s) => s.recall).filter((x): x is number => x !== null);
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.length ? scores.filter((s) => s.exact).length / scores.length : 0;
  return { precision, recall, f1, accuracy, n: scores.length };
}

/** §3.4: whitespace-normalised, case-sensitive substring. */
export function normalizeSegment(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function segmentCounts(text: string | null, withSegs: readonly string[], withoutSegs: readonly string[]): Confusion {
  const hay = text === null ? null : normalizeSegment(text);
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of withSegs) {
    if (hay !== null && hay.includes(normalizeSegment(s))) c.tp++;
    else c.fn++;
  }
  for (const s of withoutSegs) {
    if (hay !== null && hay.includes(normalizeSegment(s))) c.fp++;
    else c.tn++;
  }
  return c;
}

export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
}

export interface MicroScore {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

export function microScore(c: Confusion): MicroScore {
  const all = c.tp + c.fp + c.fn + c.tn;
  return {
    precision: c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0,
    recall: c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0,
    accuracy: all > 0 ? (c.tp + c.tn) / all : 0,
    f1: 2 * c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0,
  };
}

/** Reduces a date string to `YYYY-MM-DD` the way benchmarks.md §4 did for Readability's raw values. */
export function dayOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const t = Date.parse(s);
  if (Number.isFinite(t)) return new Date(t).toISOString().slice(0, 10);
  return null;
}

/** Whitespace-collapsed exact match (§3.5). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return normalizeSegment(a) === normalizeSegment(b);
}

const NAME_SPLIT = /\s*(?:;|,|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+i\s+|\s+en\s+|\s+и\s+)\s*/i;

/** Author names as a set: split on separators and joining words, whitespace- and case-folded. */
export function nameSet(value: string | readonly string[] | null | undefined): string[] {
  if (!value) return [];
  const parts = typeof value === 'string' ? value.split(NAME_SPLIT) : value.flatMap((v) => v.split(NAME_SPLIT));
  return [...new Set(parts.map((p) => normalizeSegment(p).toLowerCase()).filter(Boolean))].sort();
}

/** Author match: same string after whitespace normalisation, or the same set of names. */
export function sameAuthors(gold: string, predicted: string | readonly string[] | null): boolean {
  if (!predicted || (Array.isArray(predicted) && predicted.length === 0)) return false;
  const joined = typeof predicted === 'string' ? predicted : predicted.join('; ');
  if (sameText(gold, joined)) return true;
  const a = nameSet(gold);
  const b = nameSet(predicted);
  return a.length > 0 && a.length === b.length && a.every((x, i) => x === b[i]);
}
