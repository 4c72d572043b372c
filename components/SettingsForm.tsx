/**
 * The options form: export file name pattern (with a live example), front-matter fields,
 * default tags and image mode. Presentational: it shows `settings` and reports changes; the
 * options entrypoint stores them and asks for host access when "download images" is picked.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Clip } from '../utils/clip';
import { FILENAME_TOKENS, clipFileName, validatePattern } from '../utils/export/pattern';
import { FRONT_MATTER_FIELDS, type FrontMatterField } from '../utils/markdown/fields';
import { parseTagInput, type ImageMode, type Settings } from '../utils/settings';

export type ImageAccess = 'unknown' | 'granted' | 'missing' | 'unavailable';

export interface SettingsFormProps {
  settings: Settings;
  /** A clip to show the file name pattern on. */
  example: Clip;
  imageAccess: ImageAccess;
  /** "Saved", or why saving failed. */
  status: { kind: 'ok' | 'error'; text: string } | null;
  onChange(patch: Partial<Settings>): void;
  /** Called from the click itself, so the page can ask for host access within the user gesture. */
  onImageModeChange(mode: ImageMode): void;
}

const FIELD_LABELS: Record<FrontMatterField, string> = {
  title: 'Title',
  url: 'Page address',
  canonical_url: 'Canonical address (when different)',
  site: 'Site name',
  authors: 'Authors',
  published: 'Published date',
  modified: 'Updated date',
  date_source: 'Where the date was found',
  lang: 'Language',
  dir: 'Text direction',
  tags: 'Tags',
  clipped: 'Date clipped',
  word_count: 'Word count',
  excerpt: 'Excerpt',
  note: 'Your note',
};

export function SettingsForm({ settings, example, imageAccess, status, onChange, onImageModeChange }: SettingsFormProps) {
  const [pattern, setPattern] = useState(settings.filenamePattern);
  const [tags, setTags] = useState(settings.defaultTags.join(', '));
  useEffect(() => setPattern(settings.filenamePattern), [settings.filenamePattern]);
  useEffect(() => setTags(settings.defaultTags.join(', ')), [settings.defaultTags]);

  const errors = validatePattern(pattern);
  const exampleName = clipFileName(example, { pattern: errors.length ? settings.filenamePattern : pattern });
  const fields = new Set(settings.frontMatterFields);

  const commitPattern = () => {
    if (errors.length === 0 && pattern !== settings.filenamePattern) onChange({ filenamePattern: pattern });
  };
  const commitTags = () => {
    const next = parseTagInput(tags);
    if (next.join('\n') !== settings.defaultTags.join('\n')) onChange({ defaultTags: next });
  };
  const toggleField = (field: FrontMatterField, on: boolean) => {
    onChange({ frontMatterFields: FRONT_MATTER_FIELDS.filter((f) => (f === field ? on : fields.has(f))) });
  };

  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Export file names</legend>
        <label class="field">
          <span>Pattern</span>
          <input
            name="filenamePattern"
            value={pattern}
            spellcheck={false}
            aria-invalid={errors.length > 0}
            aria-describedby="pattern-help pattern-example"
            onInput={(e) => setPattern(e.currentTarget.value)}
            onBlur={commitPattern}
            onKeyDown={(e) => e.key === 'Enter' && commitPattern()}
          />
        </label>
        <p id="pattern-example" class="example" aria-live="polite">
          Example: <span class="example-name" data-testid="pattern-example">{exampleName}</span>
        </p>
        {errors.length > 0 && (
          <ul class="errors" role="alert">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <details id="pattern-help">
          <summary>Fields you can use</summary>
          <dl class="tokens">
            {Object.entries(FILENAME_TOKENS).map(([token, text]) => (
              <div key={token}>
                <dt>
                  <code>{`{${token}}`}</code>
                </dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </details>
      </fieldset>

      <fieldset>
        <legend>Front matter in each Markdown file</legend>
        <div class="checks">
          {FRONT_MATTER_FIELDS.map((field) => (
            <label key={field} class="check">
              <input
                type="checkbox"
                name="frontMatterFields"
                value={field}
                checked={fields.has(field)}
                onChange={(e) => toggleField(field, e.currentTarget.checked)}
              />
              <span>{FIELD_LABELS[field]}</span> <code>{field}</code>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>New clips</legend>
        <label class="field">
          <span>Default tags (comma-separated)</span>
          <input
            name="defaultTags"
            value={tags}
            onInput={(e) => setTags(e.currentTarget.value)}
            onBlur={commitTags}
            onKeyDown={(e) => e.key === 'Enter' && commitTags()}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>Images in exports</legend>
        <label class="check">
          <input
            type="radio"
            name="imageMode"
            value="remote"
            checked={settings.imageMode === 'remote'}
            onChange={() => onImageModeChange('remote')}
          />
          <span>Link to the images on the web</span>
        </label>
        <label class="check">
          <input
            type="radio"
            name="imageMode"
            value="download"
            checked={settings.imageMode === 'download'}
            disabled={imageAccess === 'unavailable'}
            onChange={() => onImageModeChange('download')}
          />
          <span>
            Download them into the zip (<code>images/</code> folder, relative links)
          </span>
        </label>
        <p class="hint">
          Downloading asks for access to image sites when you pick it (and gives it back when you switch to links). An
          image that cannot be downloaded stays a link to the web, and the export says which.
        </p>
        {imageAccess === 'missing' && settings.imageMode === 'download' && (
          <p class="hint" role="alert">
            Without access to image sites, only images from sites that allow it are downloaded; the others stay links.{' '}
            <button type="button" onClick={() => onImageModeChange('download')}>
              Allow access to image sites
            </button>
          </p>
        )}
        {imageAccess === 'unavailable' && <p class="hint">This browser build cannot download images.</p>}
      </fieldset>

      <p class={`status ${status?.kind ?? ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </form>
  );
}
