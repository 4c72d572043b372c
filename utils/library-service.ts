/**
 * The background's side of the library: the only writes extension pages may ask for besides
 * saving a draft. Each is one transaction under the clips lock (storage/clip-store.ts), so it
 * never races a save. Browser APIs come in through the deps, as in clip-service.ts.
 */
import { CLIP_SCHEMA_VERSION, normalizeTags, type ClipUserFields } from './clip';
import { sentenceFor, type ClipErrorCode } from './clip-errors';
import { validateClip } from './clip-validate';
import { cleanClip } from './export/clip-record';
import type { LockFn, StorageArea } from './storage/area';
import { clipTransaction } from './storage/clip-store';
import type { SchemaStatus } from './storage/schema';
import { toSummary, type ClipSummary } from './storage/summary';

export interface LibraryServiceDeps {
  local: StorageArea;
  lock: LockFn;
  /** Epoch milliseconds. */
  now(): number;
  schema: Promise<SchemaStatus>;
}

export type LibraryFailure = { ok: false; code: ClipErrorCode | 'not-found'; message: string };
export type EditResult = { ok: true; clip: ClipSummary } | LibraryFailure;
export type DeleteResult = { ok: true; deleted: string[] } | LibraryFailure;
/** Why a record sent to restoreClips was not written. */
export type RestoreSkip = 'invalid' | 'stored-is-newer' | 'unchanged';
export type RestoreClipsResult = { ok: true; restored: string[]; skipped: Array<{ id: string | null; reason: RestoreSkip }> } | LibraryFailure;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createLibraryService(deps: LibraryServiceDeps) {
  async function readOnly(): Promise<LibraryFailure | null> {
    const status = await deps.schema;
    return status.state === 'read-only' ? { ok: false, code: 'read-only', message: `${sentenceFor('read-only')} ${status.reason}` } : null;
  }

  function failure(e: unknown): LibraryFailure {
    if (/quota/i.test(errorText(e))) return { ok: false, code: 'storage-full', message: sentenceFor('storage-full') };
    return { ok: false, code: 'internal', message: `${sentenceFor('internal')} (${errorText(e)})` };
  }

  return {
    /** Changes the user's fields of a saved clip; `updatedAt` moves, nothing else does. */
    async editClip(id: string, edits: Partial<ClipUserFields>): Promise<EditResult> {
      const blocked = await readOnly();
      if (blocked) return blocked;
      try {
        return await clipTransaction(deps.local, deps.lock, async (tx): Promise<EditResult> => {
          const clip = await tx.getClip(id);
          if (!clip) return { ok: false, code: 'not-found', message: 'This clip no longer exists.' };
          const next = {
            ...clip,
            title: edits.title !== undefined ? edits.title.trim() || clip.title : clip.title,
            tags: edits.tags !== undefined ? normalizeTags(edits.tags) : clip.tags,
            note: edits.note ?? clip.note,
            updatedAt: new Date(deps.now()).toISOString(),
          };
          await tx.put(next);
          return { ok: true, clip: toSummary(next) };
        });
      } catch (e) {
        return failure(e);
      }
    },

    /**
     * Puts whole clip records back (undo of a delete, restore of a backup) in one transaction.
     * Each record is validated and rebuilt with exactly the Clip fields; a stored copy that is
     * as new or newer (`updatedAt`) is never overwritten.
     */
    async restoreClips(records: readonly unknown[]): Promise<RestoreClipsResult> {
      const blocked = await readOnly();
      if (blocked) return blocked;
      try {
        return await clipTransaction(deps.local, deps.lock, async (tx): Promise<RestoreClipsResult> => {
          const restored: string[] = [];
          const skipped: Array<{ id: string | null; reason: RestoreSkip }> = [];
          const valid: Array<ReturnType<typeof cleanClip>> = [];
          for (const record of records) {
            const checked = validateClip(record, CLIP_SCHEMA_VERSION);
            if (checked.ok) {
              valid.push(cleanClip(checked.value));
              continue;
            }
            const id = (record as { id?: unknown } | null)?.id;
            skipped.push({ id: typeof id === 'string' ? id.slice(0, 64) : null, reason: 'invalid' });
          }
          // Everything the batch reads, in one or two storage calls rather than several per clip.
          await tx.prefetch(valid);
          for (const clip of valid) {
            const stored = await tx.getClip(clip.id);
            if (stored && Date.parse(stored.updatedAt) >= Date.parse(clip.updatedAt)) {
              skipped.push({ id: clip.id, reason: stored.updatedAt === clip.updatedAt ? 'unchanged' : 'stored-is-newer' });
              continue;
            }
            await tx.put(clip);
            restored.push(clip.id);
          }
          return { ok: true, restored, skipped };
        });
      } catch (e) {
        return failure(e);
      }
    },

    /** Deletes clips with their summaries and index entries; ids that are gone are skipped. */
    async deleteClips(ids: readonly string[]): Promise<DeleteResult> {
      const blocked = await readOnly();
      if (blocked) return blocked;
      try {
        return await clipTransaction(deps.local, deps.lock, async (tx): Promise<DeleteResult> => {
          const deleted: string[] = [];
          for (const id of new Set(ids)) if (await tx.delete(id)) deleted.push(id);
          return { ok: true, deleted };
        });
      } catch (e) {
        return failure(e);
      }
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;
