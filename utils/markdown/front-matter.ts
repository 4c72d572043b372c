/**
 * YAML front matter for a clip, written by the `yaml` library, never by string templates
 * (reliability.md E1–E4). Pure.
 *
 * Shape and guarantees:
 * - Keys always come in the order of FRONT_MATTER_FIELDS, whatever order the caller asks for.
 * - Every string is double-quoted, so `yes`, `null`, `~`, `2024-01-01`, `0x1F`, `*x`, `&a`, `!t`,
 *   `%p`, `@h`, `` `c ``, `a: b`, `---`, quotes and backslashes all stay strings and can never
 *   open a new key or close the block. Line folding is off: one key per line.
 * - One-line fields are normalised first (whitespace runs → one space, C0/C1 controls removed,
 *   lone surrogates → U+FFFD); `note` keeps its line breaks, written as `\n` escapes.
 * - `<%` (Templater) never appears in the file: inside double quotes it is written `<\x25`,
 *   which every YAML 1.2 parser reads back as `<%`.
 * - Keys whose value is unknown or empty are left out rather than written as null.
 */
import YAML from 'yaml';
import type { Clip, ExtractedClip } from '../clip';
import { FRONT_MATTER_FIELDS, type FrontMatterField } from './fields';
import { multiLine, oneLine } from './text';

export { FRONT_MATTER_FIELDS, type FrontMatterField };

export type FrontMatterValue = string | number | string[];
export type FrontMatter = Partial<Record<FrontMatterField, FrontMatterValue>>;

const isClip = (clip: Clip | ExtractedClip): clip is Clip => 'clippedAt' in clip && typeof clip.clippedAt === 'string';

/** ISO dates are kept as written when they parse; garbage is dropped, never turned into a Date. */
function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = oneLine(value);
  return v && Number.isFinite(Date.parse(v)) ? v : null;
}

function list(values: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const raw of values ?? []) {
    const v = oneLine(raw);
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

/** The values of every front-matter field for a clip, before the field subset is applied. */
export function frontMatterValues(clip: Clip | ExtractedClip): FrontMatter {
  const stored = isClip(clip) ? clip : null;
  const url = oneLine(clip.url);
  const canonical = oneLine(clip.canonicalUrl);
  const source = clip.dateEvidence?.published?.source ?? clip.dateEvidence?.modified?.source ?? null;
  const values: Record<FrontMatterField, FrontMatterValue | null> = {
    title: oneLine(clip.title),
    url,
    canonical_url: canonical && canonical !== url ? canonical : null,
    site: clip.siteName ? oneLine(clip.siteName) : null,
    authors: list(clip.authors),
    published: isoOrNull(clip.published),
    modified: isoOrNull(clip.modified),
    date_source: source,
    lang: clip.lang ? oneLine(clip.lang) : null,
    dir: clip.dir ?? null,
    tags: list(stored?.tags),
    clipped: isoOrNull(stored?.clippedAt),
    word_count: Number.isFinite(clip.wordCount) && clip.wordCount >= 0 ? Math.round(clip.wordCount) : null,
    excerpt: clip.excerpt ? oneLine(clip.excerpt) : null,
    note: stored?.note ? multiLine(stored.note) : null,
  };
  const out: FrontMatter = {};
  for (const key of FRONT_MATTER_FIELDS) {
    const v = values[key];
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return out;
}

/** Serialises front-matter values as a `---` block (empty string when there is nothing to say). */
export function frontMatterToYaml(values: FrontMatter, fields: readonly string[] = FRONT_MATTER_FIELDS): string {
  const wanted = new Set(fields);
  const ordered: FrontMatter = {};
  for (const key of FRONT_MATTER_FIELDS) {
    const v = values[key];
    if (wanted.has(key) && v !== undefined) ordered[key] = v;
  }
  if (Object.keys(ordered).length === 0) return '';
  const yaml = YAML.stringify(ordered, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    minContentWidth: 0,
  });
  // Safe only because every string above is double-quoted and the keys are our own ASCII.
  return `---\n${yaml.replace(/<%/g, '<\\x25')}---\n`;
}

/** Front matter for a clip, limited to `fields` (all when absent). */
export function clipFrontMatter(clip: Clip | ExtractedClip, fields?: readonly string[]): string {
  return frontMatterToYaml(frontMatterValues(clip), fields);
}

/** Reads the front matter back from a Markdown file (null when the file has none). */
export function readFrontMatter(markdown: string): Record<string, unknown> | null {
  const m = /^---\n([\s\S]*?\n)?---\n/.exec(markdown);
  if (!m) return null;
  const parsed: unknown = YAML.parse(m[1] ?? '');
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}
