/** Shapes shared by the date modules. Pure types. */
import type { DateSource } from '../../clip';

/** A calendar date as the page states it, with the time and UTC offset when it gives them. */
export interface DateParts {
  y: number;
  m: number;
  d: number;
  /** Local time of day as stated; null when the page gives none. */
  time: { h: number; min: number; s: number } | null;
  /** Minutes east of UTC; null when the page names no zone. Only meaningful with `time`. */
  offset: number | null;
}

/** What the page says a date is. `unknown` dates count as published, never as modified. */
export type DateRole = 'published' | 'modified' | 'unknown';

export interface DateCandidate {
  date: DateParts;
  role: DateRole;
  source: DateSource;
  /** The exact string the date was read from. */
  raw: string;
  /** Trust within its source tier; higher is better. */
  weight: number;
  /** True when the page labels the value explicitly as the article's date (meta key, JSON-LD, "Published:"). */
  explicit: boolean;
  /** The role came only from a class name (hAtom `updated`, `post-date published`), not from visible words. */
  roleFromClass?: boolean;
  /** Written inside running prose (a long line), not on a date or byline line of its own. */
  inProse?: boolean;
}
