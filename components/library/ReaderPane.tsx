/**
 * The reading view: actions (close, edit, export, delete, open the original), the edit form when
 * editing, and the clip in a sandboxed frame built by utils/reader-frame.ts (sanitized right
 * before render; headline, authors, each date with where it was found, the original's link,
 * figures with captions and credits; the clip's lang and dir).
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Clip, ClipUserFields } from '../../utils/clip';
import { READER_SANDBOX, clipReadingHtml, readerSrcdoc } from '../../utils/reader-frame';
import type { ClipSummary } from '../../utils/storage/summary';
import baseCssUrl from '../reader-frame.css?url';
import { EditForm } from './EditForm';
import articleCssUrl from './reader-article.css?url';

export interface ReaderPaneProps {
  summary: ClipSummary;
  /** The full record; null while it loads. */
  clip: Clip | null;
  loadError: string | null;
  editing: boolean;
  saving: boolean;
  editError: string | null;
  onClose(): void;
  onEdit(): void;
  onCancelEdit(): void;
  onSave(fields: ClipUserFields): void;
  onExport(): void;
  onDelete(): void;
  /** The store is read-only: reading and export only. */
  readOnly?: boolean;
  /** Defaults to the page's window; tests pass jsdom's. */
  win?: typeof window;
}

export function ReaderPane(props: ReaderPaneProps) {
  const { summary, clip } = props;
  const srcdoc = useMemo(() => {
    if (!clip) return null;
    const w = props.win ?? window;
    const abs = (u: string) => new URL(u, w.location.href).href;
    return readerSrcdoc(clipReadingHtml(clip, w.document), w, {
      lang: clip.lang,
      dir: clip.dir,
      cssHref: abs(baseCssUrl),
      extraCssHrefs: [abs(articleCssUrl)],
    });
  }, [clip, props.win]);
  const title = summary.title || summary.canonicalUrl;
  // Keyboard users land in the reading view when it opens, and back on Edit when editing ends.
  const closeButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(props.editing);
  useEffect(() => {
    if (!props.editing) closeButton.current?.focus({ preventScroll: true });
  }, [summary.id]);
  useEffect(() => {
    if (wasEditing.current && !props.editing) editButton.current?.focus({ preventScroll: true });
    wasEditing.current = props.editing;
  }, [props.editing]);
  return (
    <section class="reader-pane" aria-label={`Reading: ${title}`} data-clip-id={summary.id}>
      <div class="reader-actions">
        <button ref={closeButton} type="button" onClick={props.onClose} aria-keyshortcuts="Escape">
          Close
        </button>
        <button ref={editButton} type="button" onClick={props.onEdit} disabled={props.editing || props.readOnly} aria-pressed={props.editing}>
          Edit
        </button>
        <button type="button" onClick={props.onExport}>
          Export .md
        </button>
        <button type="button" class="danger" onClick={props.onDelete} disabled={props.readOnly}>
          Delete
        </button>
        <a class="button-like" href={summary.url} target="_blank" rel="noopener noreferrer">
          Open original
        </a>
      </div>
      {props.editing ? (
        <EditForm
          initial={{ title: summary.title, tags: summary.tags, note: summary.note }}
          busy={props.saving}
          error={props.editError}
          onSave={props.onSave}
          onCancel={props.onCancelEdit}
        />
      ) : null}
      {props.loadError ? (
        <p class="form-error" role="alert">
          {props.loadError}
        </p>
      ) : srcdoc === null ? (
        <p class="reader-loading" role="status">
          Loading the clip…
        </p>
      ) : (
        <iframe class="reader-frame library-reader" title={`Article: ${title}`} sandbox={READER_SANDBOX} referrerpolicy="no-referrer" srcdoc={srcdoc} />
      )}
    </section>
  );
}
