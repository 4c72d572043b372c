/**
 * User settings for export and new clips, kept in `storage.local` under `settings`.
 * WXT's versioned item (version 1 + fallback) is fine here: the value is small and any future
 * migration is trivial and idempotent (reliability.md §5). Reads always go through
 * normalizeSettings, so a damaged or older value still gives usable settings.
 */
import { storage } from '#imports';
import { normalizeTags } from './clip';
import { DEFAULT_FILENAME_PATTERN, validatePattern } from './export/pattern';
import { FRONT_MATTER_FIELDS, type FrontMatterField } from './markdown/fields';

export type ImageMode = 'remote' | 'download';

export interface Settings {
  /** Export file name pattern, e.g. `{date}-{slug}` (`.md` is added). */
  filenamePattern: string;
  /** Front-matter fields written to each Markdown file, in canonical order. */
  frontMatterFields: FrontMatterField[];
  /** Tags given to every new clip (the popup pre-fills them). */
  defaultTags: string[];
  /** Images in exports: remote links, or downloaded into the zip's `images/` folder. */
  imageMode: ImageMode;
}

export const DEFAULT_SETTINGS: Settings = {
  filenamePattern: DEFAULT_FILENAME_PATTERN,
  frontMatterFields: [...FRONT_MATTER_FIELDS],
  defaultTags: [],
  imageMode: 'remote',
};

/**
 * The host access "download images" needs: any image host, requested on the user's click.
 * Must match `optional_host_permissions` in the manifest.
 */
export const IMAGE_HOST_ORIGINS = ['https://*/*', 'http://*/*'];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any stored value → valid settings: unknown keys dropped, bad values replaced by defaults. */
export function normalizeSettings(value: unknown): Settings {
  const v = isObj(value) ? value : {};
  const pattern =
    typeof v.filenamePattern === 'string' && validatePattern(v.filenamePattern).length === 0
      ? v.filenamePattern
      : DEFAULT_SETTINGS.filenamePattern;
  const fields = Array.isArray(v.frontMatterFields)
    ? FRONT_MATTER_FIELDS.filter((f) => (v.frontMatterFields as unknown[]).includes(f))
    : [...DEFAULT_SETTINGS.frontMatterFields];
  const tags = Array.isArray(v.defaultTags) ? normalizeTags(v.defaultTags.filter((t): t is string => typeof t === 'string')) : [];
  const imageMode: ImageMode = v.imageMode === 'download' ? 'download' : 'remote';
  return { filenamePattern: pattern, frontMatterFields: fields, defaultTags: tags, imageMode };
}

/** Comma- or newline-separated tags as typed in the options page → clean tags. */
export function parseTagInput(text: string): string[] {
  return normalizeTags(text.split(/[,\n]/));
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Saves a change; returns what was stored (normalised). */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with normalised settings whenever they change (in any extension page). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
