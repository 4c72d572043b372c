/**
 * Picks the published and the modified date from all candidates. Sources rank JSON-LD >
 * meta > `<time>` > URL > text; within a source, the candidate's weight decides, then page
 * order. A date labelled as an update is only ever the modified date, and an unlabelled one
 * only ever the published date.
 */
import type { DateEvidence, DateSource } from '../../clip';
import { approxInstant, isPlausible, toIso } from './normalize';
import type { DateCandidate } from './types';

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

export function selectDates(candidates: readonly DateCandidate[], now: Date | null): Selection {
  const ok = candidates.filter((c) => isPlausible(c.date, now, c.explicit));
  const published = best(ok.filter((c) => c.role !== 'modified'));
  let modified = best(ok.filter((c) => c.role === 'modified'));
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
