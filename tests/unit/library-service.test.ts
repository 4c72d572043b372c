import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLibraryService } from '../../utils/library-service';
import { createLocalLock } from '../../utils/storage/area';
import { findSavedByUrl, getClip, listSummaries, saveClip } from '../../utils/storage/clip-store';
import type { SchemaStatus } from '../../utils/storage/schema';
import { makeClip } from './support/clips';

const lock = createLocalLock();
const service = (schema: SchemaStatus = { state: 'ok', version: 1 }) =>
  createLibraryService({ local: fakeBrowser.storage.local, lock, now: () => Date.parse('2024-06-01T00:00:00Z'), schema: Promise.resolve(schema) });

describe('library service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('edits title, tags and note, moving updatedAt and the summary with them', async () => {
    const clip = makeClip({ title: 'Old' });
    await saveClip(fakeBrowser.storage.local, clip, lock);
    const result = await service().editClip(clip.id, { title: '  New  ', tags: ['a', 'A', ' b '] });
    expect(result).toMatchObject({ ok: true, clip: { title: 'New', tags: ['a', 'b'] } });
    expect(await getClip(fakeBrowser.storage.local, clip.id)).toMatchObject({
      title: 'New',
      note: clip.note,
      clippedAt: clip.clippedAt,
      updatedAt: '2024-06-01T00:00:00.000Z',
      html: clip.html,
    });
    expect((await listSummaries(fakeBrowser.storage.local))[0]?.title).toBe('New');
    expect(await service().editClip('missingclip01', { note: 'x' })).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('deletes clips with their summaries and URL index entries', async () => {
    const a = makeClip();
    const b = makeClip();
    await saveClip(fakeBrowser.storage.local, a, lock);
    await saveClip(fakeBrowser.storage.local, b, lock);
    expect(await service().deleteClips([a.id, a.id, 'missingclip01'])).toEqual({ ok: true, deleted: [a.id] });
    expect((await listSummaries(fakeBrowser.storage.local)).map((s) => s.id)).toEqual([b.id]);
    expect((await findSavedByUrl(fakeBrowser.storage.local, a.canonicalUrl)).map((s) => s.id)).toEqual([b.id]);
  });

  it('refuses to write while read-only, and reports a full storage in words', async () => {
    const clip = makeClip();
    await saveClip(fakeBrowser.storage.local, clip, lock);
    const readOnly = service({ state: 'read-only', stored: 3, version: 1, reason: 'Newer data.' });
    expect(await readOnly.deleteClips([clip.id])).toMatchObject({ ok: false, code: 'read-only' });
    expect(await getClip(fakeBrowser.storage.local, clip.id)).not.toBeNull();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await service().editClip(clip.id, { note: 'x' })).toMatchObject({ ok: false, code: 'storage-full' });
  });
});
