/** A long job (export, backup, restore) with its progress bar and a Cancel button. */
export interface ProgressPanelProps {
  label: string;
  done: number;
  /** 0 when unknown (indeterminate bar). */
  total: number;
  onCancel?: (() => void) | null;
}

export function ProgressPanel({ label, done, total, onCancel }: ProgressPanelProps) {
  return (
    <div class="progress-panel" role="status" aria-live="polite">
      <span class="progress-label">{label}</span>
      {total > 0 ? <progress max={total} value={Math.min(done, total)} aria-label={label} /> : <progress aria-label={label} />}
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
