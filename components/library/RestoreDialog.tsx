/**
 * What a backup file would change, before anything is written: the plan's summary sentence,
 * the records that will be skipped and why, and a confirm button. A modal <dialog> (focus
 * stays inside; Escape cancels).
 */
import { useEffect, useRef } from 'preact/hooks';

export interface RestoreSkipRow {
  title: string | null;
  id: string | null;
  reason: string;
  detail: string;
}

export interface RestoreDialogProps {
  fileName: string;
  summary: string;
  toWrite: number;
  skipped: readonly RestoreSkipRow[];
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const SHOWN_SKIPS = 50;

export function RestoreDialog(props: RestoreDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open && typeof d.showModal === 'function') d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="restore-dialog"
      aria-labelledby="restore-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="restore-title">{`Restore from ${props.fileName}`}</h2>
      <p class="restore-summary">{props.summary}</p>
      {props.skipped.length > 0 ? (
        <details open={props.skipped.length <= 5}>
          <summary>{`${props.skipped.length} record(s) will be skipped`}</summary>
          <ul class="restore-skips">
            {props.skipped.slice(0, SHOWN_SKIPS).map((s, i) => (
              <li key={i}>
                <strong>{s.title || s.id || 'Untitled record'}</strong>
                {`: ${s.reason.replace(/-/g, ' ')} (${s.detail})`}
              </li>
            ))}
            {props.skipped.length > SHOWN_SKIPS ? <li>{`…and ${props.skipped.length - SHOWN_SKIPS} more`}</li> : null}
          </ul>
        </details>
      ) : null}
      <div class="buttons">
        <button type="button" class="primary" disabled={props.busy || props.toWrite === 0} onClick={props.onConfirm} autofocus>
          {props.toWrite === 0 ? 'Nothing to restore' : `Restore ${props.toWrite.toLocaleString('en')} clip(s)`}
        </button>
        <button type="button" onClick={props.onCancel}>
          {props.toWrite === 0 ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
