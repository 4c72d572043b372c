import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLibraryService } from '../../../utils/library-service';
import { createLocalLock } from '../../../utils/storage/area';
import { findSavedByUrl, getClip, listSummaries, saveClip } from '../../../utils/storage/clip-store';
import type { SchemaStatus } from '../../../utils/storage/schema';
import { makeClip } from '../support/clips';

const lock = createLocalLock();
const service = (schema: SchemaStatus = { state: 'ok', version: 1 }) =>
  createLibraryService({ local: fakeBrowser.storage.local, lock, now: () => Date.parse('2024-06-01T00:00:00Z'), schema: Promise.resolve(schema) });

describe('restoreClips (undo of a delete, restore of a backup)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts deleted clips back with their summaries and URL index entries', async () => {
    const a = makeClip();
    const b = makeClip();
    await saveClip(fakeBrowser.storage.local, a, lock);
    await saveClip(fakeBrowser.storage.local, b, lock);
    const records = [await getClip(fakeBrowser.storage.local, a.id), await getClip(fakeBrowser.storage.local, b.id)];
    expect(await service().deleteClips([a.id, b.id])).toMatchObject({ ok: true });
    expect(await listSummaries(fakeBrowser.storage.local)).toEqual([]);

    expect(await service().restoreClips(records)).toEqual({ ok: true, restored: [a.id, b.id], skipped: [] });
    expect(await getClip(fakeBrowser.storage.local, a.id)).toEqual(a);
    expect((await listSummaries(fakeBrowser.storage.local)).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect((await findSavedByUrl(fakeBrowser.storage.local, a.canonicalUrl)).length).toBe(2);
  });

  it('never overwrites a stored copy that is as new or newer, and skips invalid records', async () => {
    const a = makeClip({ title: 'Stored' });
    await saveClip(fakeBrowser.storage.local, a, lock);
    const older = { ...a, title: 'Older', updatedAt: '2000-01-01T00:00:00.000Z' };
    const newer = { ...a, title: 'Newer', updatedAt: '2030-01-01T00:00:00.000Z' };
    const result = await service().restoreClips([older, a, { id: 'bad' }, null, { ...a, id: 'x', __proto__: { polluted: true } }]);
    // Every record is accounted for; the order of the skips is not part of the contract (invalid
    // records are refused before the stored copies are read).
    expect(result).toMatchObject({ ok: true, restored: [] });
    expect(result.ok && result.skipped).toHaveLength(5);
    expect(result.ok && result.skipped).toEqual(
      expect.arrayContaining([
        { id: a.id, reason: 'stored-is-newer' },
        { id: a.id, reason: 'unchanged' },
        { id: 'bad', reason: 'invalid' },
        { id: null, reason: 'invalid' },
        { id: 'x', reason: 'invalid' },
      ]),
    );
    expect((await getClip(fakeBrowser.storage.local, a.id))!.title).toBe('Stored');
    expect(await service().restoreClips([{ ...newer, extra: 'dropped' }])).toMatchObject({ ok: true, restored: [a.id] });
    const stored = await getClip(fakeBrowser.storage.local, a.id);
    expect(stored!.title).toBe('Newer');
    expect(stored).not.toHaveProperty('extra');
  });

  it('refuses while the store is read-only', async () => {
    expect(await service({ state: 'read-only', stored: 9, version: 1, reason: 'Newer data.' }).restoreClips([makeClip()])).toMatchObject({ ok: false, code: 'read-only' });
  });
});
