/**
 * Shape checks for clips that cross a trust boundary: messages from content scripts,
 * records read back from storage, and backups being restored. Pure.
 */
import type { Clip, DateEvidence, ExtractedClip, Figure } from './clip';

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const DATE_SOURCES = new Set(['json-ld', 'meta', 'time', 'url', 'text']);
const DIRS = new Set(['ltr', 'rtl', 'auto']);

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isIsoInstant = (v: unknown): v is string => isStr(v) && Number.isFinite(Date.parse(v));
const isHttpUrl = (v: unknown): boolean => {
  if (!isStr(v)) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:';
  } catch {
    return false;
  }
};

function checkEvidence(v: unknown): v is DateEvidence | null {
  return v === null || (isObj(v) && isStr(v.source) && DATE_SOURCES.has(v.source) && isStr(v.raw));
}

function checkFigure(v: unknown): v is Figure {
  return isObj(v) && isStr(v.src) && isStr(v.alt) && isStrOrNull(v.caption) && isStrOrNull(v.credit);
}

function checkExtracted(v: Obj, errors: string[]): void {
  const need = (cond: boolean, what: string) => {
    if (!cond) errors.push(what);
  };
  need(isHttpUrl(v.url), 'url must be an http(s) or file URL');
  need(isHttpUrl(v.canonicalUrl), 'canonicalUrl must be an http(s) or file URL');
  need(isStr(v.title), 'title must be a string');
  need(isStrOrNull(v.byline), 'byline must be a string or null');
  need(isStrArray(v.authors), 'authors must be a list of strings');
  need(isStrOrNull(v.siteName), 'siteName must be a string or null');
  need(isStrOrNull(v.lang), 'lang must be a string or null');
  need(v.dir === null || (isStr(v.dir) && DIRS.has(v.dir)), 'dir must be ltr, rtl, auto or null');
  need(isStrOrNull(v.excerpt), 'excerpt must be a string or null');
  need(v.published === null || isIsoInstant(v.published), 'published must be an ISO date or null');
  need(v.modified === null || isIsoInstant(v.modified), 'modified must be an ISO date or null');
  const ev = v.dateEvidence;
  need(isObj(ev) && checkEvidence(ev.published) && checkEvidence(ev.modified), 'dateEvidence is malformed');
  need(Array.isArray(v.figures) && v.figures.every(checkFigure), 'figures are malformed');
  need(isStrOrNull(v.leadImage), 'leadImage must be a string or null');
  need(isStr(v.html), 'html must be a string');
  need(isStr(v.text), 'text must be a string');
  need(typeof v.wordCount === 'number' && Number.isFinite(v.wordCount) && v.wordCount >= 0, 'wordCount must be a number');
  need(typeof v.readerable === 'boolean', 'readerable must be a boolean');
  need(isStrOrNull(v.reason), 'reason must be a string or null');
  need(typeof v.fromSelection === 'boolean', 'fromSelection must be a boolean');
  need(isObj(v.extractor) && isStr(v.extractor.name) && isStr(v.extractor.version), 'extractor is malformed');
}

/** Checks the fields the extraction core produces (e.g. a content-script result). */
export function validateExtracted(value: unknown): Validation<ExtractedClip> {
  if (!isObj(value)) return { ok: false, errors: ['not an object'] };
  const errors: string[] = [];
  checkExtracted(value, errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: value as unknown as ExtractedClip };
}

/** Checks a stored clip of the current schema version. */
export function validateClip(value: unknown, schemaVersion: number): Validation<Clip> {
  if (!isObj(value)) return { ok: false, errors: ['not an object'] };
  const errors: string[] = [];
  checkExtracted(value, errors);
  if (!isStr(value.id) || !/^[A-Za-z0-9_-]{8,64}$/.test(value.id)) errors.push('id must be 8–64 letters, digits, - or _');
  if (value.schemaVersion !== schemaVersion) errors.push(`schemaVersion must be ${schemaVersion}`);
  if (!isStrArray(value.tags)) errors.push('tags must be a list of strings');
  if (!isStr(value.note)) errors.push('note must be a string');
  if (!isIsoInstant(value.clippedAt)) errors.push('clippedAt must be an ISO date-time');
  if (!isIsoInstant(value.updatedAt)) errors.push('updatedAt must be an ISO date-time');
  return errors.length ? { ok: false, errors } : { ok: true, value: value as unknown as Clip };
}
