/**
 * Dates as the popup and library show them (pure). A date-only value ("2024-05-06") is shown as
 * that calendar day whatever the reader's zone; a date-time in the reader's own zone.
 */
import type { DateEvidence, DateSource } from './clip';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function formatDate(iso: string | null | undefined, locale?: string): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  if (DATE_ONLY.test(iso)) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(ms));
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
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
