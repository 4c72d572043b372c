/** The page heading with the clip count, the whole-library actions and the storage meter. */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface LibraryHeaderProps {
  total: number | null;
  busy: boolean;
  /** The store is read-only: no restore (export and backup still work). */
  readOnly?: boolean;
  onExportAll(): void;
  onBackup(): void;
  onRestoreFile(file: File): void;
  /** The storage meter. */
  children?: ComponentChildren;
}

export function LibraryHeader({ total, busy, readOnly, onExportAll, onBackup, onRestoreFile, children }: LibraryHeaderProps) {
  const file = useRef<HTMLInputElement>(null);
  return (
    <header class="library-header">
      <h1>
        Your clips
        <span class="clip-total">{total === null ? '' : ` (${total.toLocaleString('en')})`}</span>
      </h1>
      <div class="library-actions">
        <button type="button" disabled={busy || !total} onClick={onExportAll}>
          Export all (.zip)
        </button>
        <button type="button" disabled={busy || !total} onClick={onBackup}>
          Back up (.json)
        </button>
        <button type="button" disabled={busy || readOnly} onClick={() => file.current?.click()}>
          Restore…
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,.zip,application/json,application/zip"
          class="visually-hidden"
          tabIndex={-1}
          aria-label="Backup file to restore"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) onRestoreFile(f);
          }}
        />
      </div>
      {children}
    </header>
  );
}
