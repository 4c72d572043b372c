/**
 * One clip in the library list: select box, thumbnail, title (opens the reading view), site and
 * authors, published and clipped dates, word count, tags, and the row's actions. Fixed height
 * (the list is virtualized); `data-control` names each control so the list can move focus to
 * the same control one row up or down.
 */
import type { ClipSummary } from '../../utils/storage/summary';
import { formatDate } from '../../utils/display-date';
import { siteKey } from '../../utils/library/filters';
import { Thumbnail } from './Thumbnail';

/** The Element Timing name of the first row's title: the library waits for its paint (main.tsx), the benchmark times it. */
export const FIRST_ROW_TIMING = 'library-first-row';

export interface ClipRowProps {
  clip: ClipSummary;
  index: number;
  setSize: number;
  selected: boolean;
  /** The clip open in the reading view. */
  active: boolean;
  /** Marks the first row so its paint can be timed (Element Timing API). */
  timed?: boolean;
  /** Position in the virtual list (set by VirtualList). */
  style?: Record<string, string>;
  onToggle(id: string, shift: boolean): void;
  onOpen(id: string): void;
  onEdit(id: string): void;
  onExport(id: string): void;
  onDelete(id: string): void;
  /** The store is read-only (failed upgrade, newer data): Edit and Delete are off. */
  readOnly?: boolean;
}

export function ClipRow({ clip, index, setSize, selected, active, timed, style, readOnly, onToggle, onOpen, onEdit, onExport, onDelete }: ClipRowProps) {
  const title = clip.title || clip.canonicalUrl;
  const site = siteKey(clip);
  const published = formatDate(clip.published);
  const clipped = formatDate(clip.clippedAt);
  return (
    <li
      class={`clip-row${selected ? ' is-selected' : ''}${active ? ' is-active' : ''}`}
      style={style}
      data-clip-id={clip.id}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-current={active ? 'true' : undefined}
    >
      <input
        type="checkbox"
        class="row-select"
        data-control="select"
        checked={selected}
        aria-label={`Select “${title}”`}
        onClick={(e) => onToggle(clip.id, e.shiftKey)}
      />
      <Thumbnail src={clip.leadImage} label={site} />
      <div class="row-main">
        <button type="button" class="row-title" data-control="open" dir="auto" title={title} onClick={() => onOpen(clip.id)} {...(timed ? { elementtiming: FIRST_ROW_TIMING } : {})}>
          {title}
        </button>
        <p class="row-meta">
          <span class="row-site" data-field="site" dir="auto">
            {site}
          </span>
          {clip.authors.length > 0 ? (
            <span class="row-authors" data-field="authors" dir="auto">
              {clip.authors.join(', ')}
            </span>
          ) : null}
        </p>
        <p class="row-dates">
          <span data-field="published">{published ? `Published ${published}` : 'No published date'}</span>
          <span data-field="clipped">{`Clipped ${clipped ?? clip.clippedAt}`}</span>
          <span data-field="words">{`${clip.wordCount.toLocaleString('en')} words`}</span>
        </p>
        {clip.tags.length > 0 ? (
          <p class="row-tags" data-field="tags">
            {clip.tags.map((t) => (
              <span class="tag" key={t}>
                {t}
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <div class="row-actions">
        <button type="button" data-control="edit" aria-label={`Edit “${title}”`} disabled={readOnly} onClick={() => onEdit(clip.id)}>
          Edit
        </button>
        <button type="button" data-control="export" aria-label={`Export “${title}” as Markdown`} onClick={() => onExport(clip.id)}>
          Export
        </button>
        <button type="button" data-control="delete" class="danger" aria-label={`Delete “${title}”`} disabled={readOnly} onClick={() => onDelete(clip.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}
