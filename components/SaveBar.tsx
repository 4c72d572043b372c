/**
 * The save controls. Nothing saved yet: one Save button. Already saved (same canonical URL):
 * "Already saved on ‹date›" with Update and Keep both, never a silent duplicate. Presentational.
 */
import type { ClipSummary } from '../utils/storage/summary';
import { formatDate } from '../utils/display-date';

export type SavePhase = 'idle' | 'saving' | 'saved' | 'failed';

export interface SaveBarProps {
  phase: SavePhase;
  existing: ClipSummary[];
  /** The failure sentence, or the confirmation once saved. */
  message: string | null;
  readOnly: string | null;
  onSave(): void;
  onUpdate(targetId: string): void;
  onKeepBoth(): void;
  onOpenLibrary(): void;
}

export function SaveBar({ phase, existing, message, readOnly, onSave, onUpdate, onKeepBoth, onOpenLibrary }: SaveBarProps) {
  if (phase === 'saved') {
    return (
      <footer class="save-bar" data-save="saved">
        <p class="status ok" role="status">
          {message ?? 'Saved to your library.'}
        </p>
        <button type="button" onClick={onOpenLibrary}>
          Open library
        </button>
      </footer>
    );
  }
  const busy = phase === 'saving' || Boolean(readOnly);
  const latest = existing[0];
  return (
    <footer class="save-bar" data-save={phase}>
      {readOnly ? (
        <p class="status error" role="alert">
          {readOnly}
        </p>
      ) : null}
      {phase === 'failed' && message ? (
        <p class="status error" role="alert">
          {message}
        </p>
      ) : null}
      {latest ? (
        <div class="already-saved">
          <p class="status" role="status" data-field="already-saved">
            {`Already saved on ${formatDate(latest.clippedAt) ?? latest.clippedAt}`}
            {existing.length > 1 ? ` (${existing.length} copies)` : ''}
          </p>
          <div class="buttons">
            <button type="button" class="primary" disabled={busy} onClick={() => onUpdate(latest.id)}>
              Update
            </button>
            <button type="button" disabled={busy} onClick={onKeepBoth}>
              Keep both
            </button>
          </div>
        </div>
      ) : (
        <div class="buttons">
          <button type="button" class="primary" disabled={busy} onClick={onSave}>
            {phase === 'saving' ? 'Saving…' : 'Save'}
          </button>
        </div>
      )}
    </footer>
  );
}
