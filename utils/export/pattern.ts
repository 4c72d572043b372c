/**
 * Export file names from a user pattern: `{date}-{slug}` → `2024-05-01-harbour-reopens.md`. Pure.
 * The date is the published date as the page states it (its own calendar day, not converted to
 * UTC), else the day the clip was saved (UTC), else `now`.
 */
import type { Clip, ExtractedClip } from '../clip';
import { oneLine } from '../markdown/text';
import { NameAllocator, safeFilename, slugify } from './filename';

export const DEFAULT_FILENAME_PATTERN = '{date}-{slug}';

export const FILENAME_TOKENS = {
  date: 'published date, else clipped date (YYYY-MM-DD)',
  yyyy: 'year of {date}',
  mm: 'month of {date}',
  dd: 'day of {date}',
  clipped: 'clipped date (YYYY-MM-DD)',
  slug: 'title as lowercase-words',
  title: 'title as written',
  site: 'site name as lowercase-words',
  id: 'clip id',
} as const;

export type FilenameToken = keyof typeof FILENAME_TOKENS;

const TOKEN = /\{([a-z]+)\}/g;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Problems with a pattern, as sentences; empty when it is usable. */
export function validatePattern(pattern: string): string[] {
  const errors: string[] = [];
  if (!pattern.trim()) errors.push('The pattern is empty.');
  for (const m of pattern.matchAll(TOKEN)) {
    if (!(m[1]! in FILENAME_TOKENS)) errors.push(`Unknown field {${m[1]}}.`);
  }
  if (pattern.length > 200) errors.push('The pattern is too long.');
  return errors;
}

const clippedAt = (clip: Clip | ExtractedClip): string | null =>
  'clippedAt' in clip && typeof clip.clippedAt === 'string' ? clip.clippedAt : null;

function day(iso: string | null | undefined): string | null {
  const m = DAY.exec(iso ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The calendar day a clip is filed under. */
export function clipDay(clip: Clip | ExtractedClip, now: Date = new Date()): string {
  return day(clip.published) ?? day(clippedAt(clip)) ?? now.toISOString().slice(0, 10);
}

function siteOf(clip: Clip | ExtractedClip): string {
  if (clip.siteName) return clip.siteName;
  try {
    return new URL(clip.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The pattern filled in, before making it safe. Unknown `{fields}` stay as written. */
export function formatPattern(pattern: string, clip: Clip | ExtractedClip, now: Date = new Date()): string {
  const date = clipDay(clip, now);
  const values: Record<FilenameToken, string> = {
    date,
    yyyy: date.slice(0, 4),
    mm: date.slice(5, 7),
    dd: date.slice(8, 10),
    clipped: day(clippedAt(clip)) ?? now.toISOString().slice(0, 10),
    slug: slugify(clip.title) || 'untitled',
    title: oneLine(clip.title),
    site: slugify(siteOf(clip)),
    id: 'id' in clip && typeof clip.id === 'string' ? clip.id : '',
  };
  return pattern.replace(TOKEN, (whole, name: string) => (name in values ? values[name as FilenameToken] : whole));
}

/** `Untitled-YYYY-MM-DD-HHmm` (UTC) for names with nothing usable left (E9). */
function untitled(clip: Clip | ExtractedClip, now: Date): string {
  const iso = clippedAt(clip) ?? now.toISOString();
  return `Untitled-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

export interface ClipFileNameOptions {
  pattern?: string;
  /** Makes the name unique within one export. */
  allocator?: NameAllocator;
  extension?: string;
  now?: Date;
}

/** The safe file name for a clip, `.md` by default. */
export function clipFileName(clip: Clip | ExtractedClip, options: ClipFileNameOptions = {}): string {
  const now = options.now ?? new Date();
  const pattern = options.pattern && validatePattern(options.pattern).length === 0 ? options.pattern : DEFAULT_FILENAME_PATTERN;
  const ext = options.extension ?? '.md';
  const name = `${formatPattern(pattern, clip, now)}${ext}`;
  const fallback = `${untitled(clip, now)}${ext}`;
  return options.allocator ? options.allocator.allocate(name, { fallback }) : safeFilename(name, { fallback });
}
