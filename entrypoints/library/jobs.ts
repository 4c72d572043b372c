/**
 * The library's long jobs, wired to the export core (utils/export) and the background's
 * messages: export one clip (.md), several or all (.zip with progress), back up (JSON),
 * restore (plan first, then write), and delete with undo. The export code is loaded on first
 * use so the first screen does not pay for it.
 */
import type { Clip } from '../../utils/clip';
import type { RestoreClipsResult } from '../../utils/library-service';
import type { RestorePlan } from '../../utils/export/restore';
import { browser } from '#imports';
import { sendMessage } from '../../utils/messaging';
import type { WindowLike } from 'dompurify';
import { sanitizeHtml } from '../../utils/sanitize';
import { IMAGE_HOST_ORIGINS, loadSettings } from '../../utils/settings';
import { defaultLock } from '../../utils/storage/area';
import { getStoredMarkdown, putStoredMarkdown } from '../../utils/storage/markdown-store';
import type { LibraryStore } from './library-store';

export interface Progress {
  label: string;
  done: number;
  total: number;
}

export type ProgressFn = (p: Progress) => void;

const exportCore = () => import('../../utils/export/index');

/** Markdown made for earlier exports in this page, reused when clips have not changed. */
const markdownCache = new Map<string, string>();

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export async function exportClipsToFile(store: LibraryStore, ids: readonly string[], progress: ProgressFn, signal: AbortSignal): Promise<string> {
  const core = await exportCore();
  progress({ label: `Reading ${plural(ids.length, 'clip')}…`, done: 0, total: ids.length });
  const clips = await store.readClips(ids, (done, total) => progress({ label: `Reading clips ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`, done, total }), signal);
  if (clips.length === 0) throw new Error('Those clips no longer exist.');
  const settings = await loadSettings();
  // Bodies converted when the clips were saved: the export only adds front matter and zips.
  const storedMarkdown = await getStoredMarkdown(store.area, clips);
  const result = await core.exportClips(clips, {
    pattern: settings.filenamePattern,
    fields: settings.frontMatterFields,
    imageMode: settings.imageMode,
    fetchImage: settings.imageMode === 'download' ? core.createImageFetcher() : undefined,
    markdownCache,
    storedMarkdown,
    zipWorker: () => new Worker(new URL('../../utils/export/zip-worker.ts', import.meta.url), { type: 'module' }),
    signal,
    onProgress: ({ phase, done, total }) => {
      const label =
        phase === 'images'
          ? `Downloading images ${done} of ${total}…`
          : phase === 'markdown'
            ? `Writing Markdown ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`
            : phase === 'backup'
              ? 'Adding clips.json…'
              : 'Done';
      progress({ label, done, total });
    },
  });
  core.downloadBlob(result.blob, result.fileName);
  // Clips saved before bodies were stored (or whose body did not fit): keep what this export made.
  void storeBodies(store, result.bodiesMade);
  const done = `Exported ${plural(clips.length, 'clip')} to ${result.fileName}.`;
  if (result.imageFailures.length === 0) return done;
  const hint = (await hasImageAccess()) ? '' : ' Allowing access to image sites in Options lets more of them download.';
  return `${done} ${core.describeImageFailures(result.imageFailures)}${hint}`;
}

/** Whether the optional host access for image sites is granted (false when it cannot be asked). */
async function hasImageAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: IMAGE_HOST_ORIGINS });
  } catch {
    return false;
  }
}

async function storeBodies(store: LibraryStore, bodies: Parameters<typeof putStoredMarkdown>[2]): Promise<void> {
  const lock = defaultLock();
  for (let i = 0; i < bodies.length; i += 200) {
    await putStoredMarkdown(store.area, lock, bodies.slice(i, i + 200)).catch(() => 0);
  }
}

export async function backupToFile(store: LibraryStore, ids: readonly string[], progress: ProgressFn, signal: AbortSignal): Promise<string> {
  const core = await exportCore();
  const clips = await store.readClips(ids, (done, total) => progress({ label: `Reading clips ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`, done, total }), signal);
  const now = new Date();
  progress({ label: 'Writing the backup…', done: 0, total: 0 });
  const name = core.backupFileName(now);
  core.downloadBlob(core.backupBlob(clips, now), name);
  return `Backed up ${plural(clips.length, 'clip')} to ${name}.`;
}

export interface PlannedRestore {
  fileName: string;
  plan: RestorePlan;
}

/** Reads a backup (.json or export .zip) and plans it against the stored copies of the same clips. */
export async function planRestoreFromFile(store: LibraryStore, file: File, progress: ProgressFn, signal: AbortSignal): Promise<PlannedRestore> {
  const core = await exportCore();
  progress({ label: `Reading ${file.name}…`, done: 0, total: 0 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = core.backupTextFromBytes(bytes);
  const parsed = decoded.ok ? core.parseBackup(decoded.text) : decoded;
  let stored: Clip[] = [];
  if (parsed.ok) {
    const ids = [...new Set(parsed.records.map((r) => (r as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string' && store.has(id)))];
    stored = await store.readClips(ids, (done, total) => progress({ label: `Comparing with your clips ${done} of ${total}…`, done, total }), signal);
  }
  return { fileName: file.name, plan: core.planRestore(parsed, stored) };
}

/**
 * A record from a file did not pass through extraction, so its html may be anything: it is
 * stored sanitized, like a fresh clip (the first wall; the reader sanitizes again anyway). A
 * record that is already clean keeps its exact bytes (a backup of our own clips restores
 * byte-identical): it is clean when sanitizing changes nothing but what any parse would.
 */
export function cleanRestoredHtml(html: string, win: WindowLike = window as unknown as WindowLike): string {
  const sanitized = sanitizeHtml(html, win);
  if (sanitized === html) return html;
  const reparsed = new win.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.innerHTML;
  return reparsed === sanitized ? html : sanitized;
}

/** The records of a planned restore, ready to write: html cleaned (see cleanRestoredHtml). */
export function restoredClips(plan: RestorePlan, win: WindowLike = window as unknown as WindowLike): Clip[] {
  return [...plan.add, ...plan.update].map((clip) => {
    const html = cleanRestoredHtml(clip.html, win);
    return html === clip.html ? clip : { ...clip, html };
  });
}

/** Writes clips through the background, a batch per message (messages have a size limit). */
export async function putBack(clips: readonly Clip[], progress?: ProgressFn, label = 'Restoring'): Promise<{ restored: number; skipped: number }> {
  let restored = 0;
  let skipped = 0;
  const batch = 100;
  for (let i = 0; i < clips.length; i += batch) {
    const result: RestoreClipsResult = await sendMessage('restoreClips', { clips: clips.slice(i, i + batch) });
    if (!result.ok) throw new Error(result.message);
    restored += result.restored.length;
    skipped += result.skipped.length;
    progress?.({ label: `${label} ${Math.min(clips.length, i + batch).toLocaleString('en')} of ${clips.length.toLocaleString('en')}…`, done: i + batch, total: clips.length });
  }
  return { restored, skipped };
}

export interface Deleted {
  ids: string[];
  /** The records as they were, for Undo. */
  records: Clip[];
}

/** Reads the records (for Undo), then asks the background to delete them. */
export async function deleteWithUndo(store: LibraryStore, ids: readonly string[], progress?: ProgressFn): Promise<Deleted> {
  const records = await store.readClips(ids, (done, total) => progress?.({ label: `Preparing to delete ${done} of ${total}…`, done, total }));
  const result = await sendMessage('deleteClips', { ids: [...ids] });
  if (!result.ok) throw new Error(result.message);
  const gone = new Set(result.deleted);
  return { ids: result.deleted, records: records.filter((r) => gone.has(r.id)) };
}

export { plural, sendMessage };
