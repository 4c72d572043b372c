/**
 * The preview of a clip before saving: editable title, site, authors, dates with where they
 * were found, word count, lead image, the article itself, tags and a note. Presentational:
 * props in, callbacks out.
 */
import { useState } from 'preact/hooks';
import type { ClipUserFields, ExtractedClip } from '../utils/clip';
import { describeEvidence, formatDate } from '../utils/display-date';
import { ReaderFrame } from './ReaderFrame';

export interface ClipPreviewProps {
  clip: ExtractedClip;
  edits: ClipUserFields;
  onEdit(edits: ClipUserFields): void;
  disabled?: boolean;
}

export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function ClipPreview({ clip, edits, onEdit, disabled }: ClipPreviewProps) {
  // The raw text of the tags field, so typing "a, " keeps its comma until the next tag.
  const [tagsText, setTagsText] = useState(edits.tags.join(', '));
  const authors = clip.authors.length > 0 ? clip.authors.join(', ') : clip.byline;
  const published = formatDate(clip.published);
  const modified = formatDate(clip.modified);
  const publishedFrom = describeEvidence(clip.dateEvidence.published);
  return (
    <section class="preview" aria-label="Clip preview">
      <label class="field">
        <span class="field-label">Title</span>
        <input
          class="title-input"
          name="title"
          value={edits.title}
          disabled={disabled}
          onInput={(e) => onEdit({ ...edits, title: e.currentTarget.value })}
        />
      </label>
      <dl class="facts">
        <dt>Site</dt>
        <dd data-field="site">{clip.siteName ?? new URL(clip.canonicalUrl).hostname}</dd>
        <dt>By</dt>
        <dd data-field="authors">{authors ?? 'No author found'}</dd>
        <dt>Published</dt>
        <dd data-field="published">
          {published ?? 'No date found'}
          {publishedFrom ? <span class="evidence" data-field="date-evidence">{` (${publishedFrom})`}</span> : null}
        </dd>
        {modified ? (
          <>
            <dt>Updated</dt>
            <dd data-field="modified">{modified}</dd>
          </>
        ) : null}
        <dt>Length</dt>
        <dd data-field="word-count">
          {clip.wordCount.toLocaleString()} words{clip.fromSelection ? ' (selection)' : ''}
        </dd>
      </dl>
      {clip.leadImage ? <img class="lead-image" src={clip.leadImage} alt="" referrerpolicy="no-referrer" /> : null}
      <ReaderFrame html={clip.html} lang={clip.lang} dir={clip.dir} title={edits.title || clip.title} />
      <label class="field">
        <span class="field-label">Tags</span>
        <input
          name="tags"
          placeholder="comma, separated"
          value={tagsText}
          disabled={disabled}
          onInput={(e) => {
            setTagsText(e.currentTarget.value);
            onEdit({ ...edits, tags: parseTags(e.currentTarget.value) });
          }}
        />
      </label>
      <label class="field">
        <span class="field-label">Note</span>
        <textarea
          name="note"
          rows={2}
          value={edits.note}
          disabled={disabled}
          onInput={(e) => onEdit({ ...edits, note: e.currentTarget.value })}
        />
      </label>
    </section>
  );
}
