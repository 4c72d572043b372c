/**
 * The state of the clip store that every extension page may need to show (pure): whether it is
 * read-only (a failed migration, or data saved by a newer version: reliability.md D9, D11) and
 * how many records were set aside as unreadable (D12). The background answers the `storeStatus`
 * message with this; `storeBanner` turns it into the banner the popup and the library show.
 */
import { quarantineSentence, type QuarantineReport } from './quarantine';
import type { SchemaStatus } from './schema';

export interface StoreStatus {
  /** Why saving, editing and deleting are paused; null when they are not. */
  readOnly: string | null;
  schema: SchemaStatus;
  quarantine: QuarantineReport;
}

export interface StoreBannerText {
  tone: 'warning' | 'error';
  lines: string[];
}

export const READ_ONLY_HEADLINE = 'Your clips are read-only for now.';

export function storeStatusOf(schema: SchemaStatus, quarantine: QuarantineReport): StoreStatus {
  return { readOnly: schema.state === 'read-only' ? schema.reason : null, schema, quarantine };
}

/** The banner's sentences, or null when there is nothing to say. */
export function storeBanner(status: StoreStatus | null): StoreBannerText | null {
  if (!status) return null;
  const lines: string[] = [];
  if (status.readOnly) {
    lines.push(`${READ_ONLY_HEADLINE} ${status.readOnly}`);
    lines.push('Nothing has been changed or lost. You can still read and export them; update News Clipper to save and edit again.');
  }
  const set = quarantineSentence(status.quarantine);
  if (set) lines.push(set);
  if (lines.length === 0) return null;
  return { tone: status.readOnly ? 'error' : 'warning', lines };
}
