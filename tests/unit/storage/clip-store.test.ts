import { describe, expect, it } from 'vitest';
import { createLocalLock, type LockFn } from '../../../utils/storage/area';
import {
  clipTransaction,
  deleteClip,
  findSavedByUrl,
  getClip,
  getClips,
  listSummaries,
  readClipRecord,
  rebuildIndexes,
  saveClip,
} from '../../../utils/storage/clip-store';
import { clipKey, summaryKeyFor } from '../../../utils/storage/keys';
import { makeClip, slowArea } from '../support/clips';

const lock = createLocalLock();
/** A "lock" that does not lock: shows the race the real lock prevents. */
const noLock: LockFn = (_name, fn) => fn();

describe('clip store', () => {
  it('writes the clip, its summary and its URL index in one set()', async () => {
    const area = slowArea();
    const clip = makeClip({ title: 'One' });
    await saveClip(area, clip, lock);
    expect(area.sets).toBe(1);
    expect(await getClip(area, clip.id)).toEqual(clip);
    const [summary] = await listSummaries(area);
    expect(summary).toMatchObject({ id: clip.id, title: 'One', canonicalUrl: clip.canonicalUrl, wordCount: clip.wordCount });
    expect(summary).not.toHaveProperty('html');
    expect((await findSavedByUrl(area, clip.canonicalUrl)).map((s) => s.id)).toEqual([clip.id]);
  });

  it('finds a saved clip by canonical URL despite tracking parameters, fragment, www and trailing slash', async () => {
    const area = slowArea();
    const clip = makeClip({ canonicalUrl: 'https://news.example/a/story' });
    await saveClip(area, clip, lock);
    expect(await findSavedByUrl(area, 'https://www.news.example/a/story/?utm_source=x#top')).toHaveLength(1);
    expect(await findSavedByUrl(area, 'https://news.example/a/other')).toHaveLength(0);
  });

  it('replaces a clip by id and moves its URL index entry when the canonical URL changed', async () => {
    const area = slowArea();
    const clip = makeClip({ canonicalUrl: 'https://news.example/old' });
    await saveClip(area, clip, lock);
    await saveClip(area, { ...clip, canonicalUrl: 'https://news.example/new', title: 'Renamed' }, lock);
    expect(await findSavedByUrl(area, 'https://news.example/old')).toEqual([]);
    expect((await findSavedByUrl(area, 'https://news.example/new'))[0]?.title).toBe('Renamed');
    expect(await listSummaries(area)).toHaveLength(1);
  });

  it('refuses an invalid clip and writes nothing', async () => {
    const area = slowArea();
    const bad = { ...makeClip(), wordCount: -1 };
    await expect(saveClip(area, bad, lock)).rejects.toThrow(/invalid clip/);
    expect(area.data.size).toBe(0);
  });

  it('writes nothing when the transaction body throws', async () => {
    const area = slowArea();
    await expect(
      clipTransaction(area, lock, async (tx) => {
        await tx.put(makeClip());
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(area.data.size).toBe(0);
  });

  it('deletes a clip with its summary and index entry', async () => {
    const area = slowArea();
    const a = makeClip();
    const b = makeClip();
    await saveClip(area, a, lock);
    await saveClip(area, b, lock);
    expect(await deleteClip(area, a.id, lock)).toBe(true);
    expect(await getClip(area, a.id)).toBeNull();
    expect((await listSummaries(area)).map((s) => s.id)).toEqual([b.id]);
    expect((await findSavedByUrl(area, a.canonicalUrl)).map((s) => s.id)).toEqual([b.id]);
    expect(await deleteClip(area, a.id, lock)).toBe(false);
  });

  it('lists newest first and reads several records in order, skipping unreadable ones', async () => {
    const area = slowArea();
    const older = makeClip({}, undefined, new Date('2024-01-01T00:00:00Z'));
    const newer = makeClip({}, undefined, new Date('2024-02-01T00:00:00Z'));
    await saveClip(area, older, lock);
    await saveClip(area, newer, lock);
    area.data.set(clipKey('brokenclip000'), { id: 'brokenclip000', title: 42 });
    expect((await listSummaries(area)).map((s) => s.id)).toEqual([newer.id, older.id]);
    expect((await getClips(area, [older.id, 'brokenclip000', newer.id])).map((c) => c.id)).toEqual([older.id, newer.id]);
  });

  it('never loses a save when 50 run at once (and the fake store really does race without the lock)', async () => {
    const run = async (lockFn: LockFn) => {
      const area = slowArea();
      // Same canonical URL: every save rewrites the same URL-index bucket.
      const clips = Array.from({ length: 50 }, () => makeClip({ canonicalUrl: 'https://news.example/same' }));
      await Promise.all(clips.map((c) => saveClip(area, c, lockFn)));
      return { summaries: (await listSummaries(area)).length, indexed: (await findSavedByUrl(area, 'https://news.example/same')).length };
    };
    expect(await run(lock)).toEqual({ summaries: 50, indexed: 50 });
    const racy = await run(noLock);
    expect(racy.indexed).toBeLessThan(50);
  });

  it('rebuilds every index from the records', async () => {
    const area = slowArea();
    const a = makeClip();
    const b = makeClip({ canonicalUrl: 'https://news.example/b' });
    await saveClip(area, a, lock);
    await saveClip(area, b, lock);
    area.data.delete(summaryKeyFor(a.id));
    area.data.set('clip:garbage00', 'not a clip');
    const report = await rebuildIndexes(area, lock);
    expect(report).toEqual({ clips: 2, unreadable: ['clip:garbage00'] });
    expect((await listSummaries(area)).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(await findSavedByUrl(area, 'https://news.example/b')).toHaveLength(1);
  });

  it('readClipRecord rejects what is not a clip', () => {
    expect(readClipRecord(null)).toBeNull();
    expect(readClipRecord({ ...makeClip(), schemaVersion: 99 })).toBeNull();
    const clip = makeClip();
    expect(readClipRecord(clip)).toEqual(clip);
  });
});
