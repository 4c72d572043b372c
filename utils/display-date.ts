/**
 * Dates as the popup and library show them (pure). A date-only value ("2024-05-06") is shown as
 * that calendar day whatever the reader's zone; a date-time in the reader's own zone.
 */
import type { DateEvidence, DateSource } from './clip';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Formatters are reused: building one costs about a millisecond, and the library's first
// screen formats two dates per row (measured: most of its first render's script time).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${dateOnly ? 'd' : 't'}|${locale ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(iso: string | null | undefined, locale?: string): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  return formatter(locale, DATE_ONLY.test(iso)).format(new Date(ms));
}

const SOURCE_LABELS: Readonly<Record<DateSource, string>> = {
  'json-ld': "the page's structured data (JSON-LD)",
  meta: 'a meta tag',
  time: 'a <time> element',
  url: 'the address (URL)',
  text: 'the article text',
};

/** "found in a meta tag: “2024-05-06T08:30”", or null when there is no evidence. */
export function describeEvidence(evidence: DateEvidence | null | undefined): string | null {
  if (!evidence) return null;
  const raw = evidence.raw.replace(/\s+/g, ' ').trim();
  const shown = raw.length > 80 ? `${raw.slice(0, 77)}…` : raw;
  return `found in ${SOURCE_LABELS[evidence.source] ?? evidence.source}${shown ? `: “${shown}”` : ''}`;
}
