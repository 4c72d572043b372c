/**
 * The stored Markdown body (`md:<id>`) follows its clip through every write: stored with a
 * save, kept across an edit of title/tags/note, dropped when the article changes or the clip is
 * deleted, never taken from a different article, never able to fail the clip's own write.
 */
import { describe, expect, it } from 'vitest';
import { CLIP_SCHEMA_VERSION, type Clip } from '../../../utils/clip';
import { MARKDOWN_BODY_VERSION, bodySource, type StoredMarkdown } from '../../../utils/markdown/stored-record';
import { createLocalLock } from '../../../utils/storage/area';
import { clipTransaction, deleteClip, getClip, saveClip } from '../../../utils/storage/clip-store';
import { SCHEMA_VERSION_KEY, markdownKey } from '../../../utils/storage/keys';
import { getStoredMarkdown, putStoredMarkdown } from '../../../utils/storage/markdown-store';
import { makeClip, slowArea } from '../support/clips';

const lock = createLocalLock();

function bodyFor(clip: Clip, body = 'The body.'): StoredMarkdown {
  return { v: MARKDOWN_BODY_VERSION, src: bodySource(clip), updatedAt: '', body, firstHeading: null, images: [] };
}

const later = (clip: Clip, changes: Partial<Clip> = {}): Clip => ({ ...clip, updatedAt: '2024-06-01T00:00:00.000Z', ...changes });

describe('stored Markdown bodies', () => {
  it('are stored with the clip and read back only for that clip version', async () => {
    const area = slowArea();
    const clip = makeClip();
    await saveClip(area, clip, lock, { markdown: bodyFor(clip) });
    const got = await getStoredMarkdown(area, [clip]);
    expect(got.get(clip.id)).toMatchObject({ body: 'The body.', updatedAt: clip.updatedAt });
    expect((await getStoredMarkdown(area, [later(clip)])).size).toBe(0);
  });

  it('refuses a body made from another article', async () => {
    const area = slowArea();
    const clip = makeClip();
    const other = makeClip({ html: '<p>Something else.</p>' });
    await saveClip(area, clip, lock, { markdown: bodyFor(other) });
    expect(await getClip(area, clip.id)).toEqual(clip);
    expect(area.data.has(markdownKey(clip.id))).toBe(false);
  });

  it('is kept across an edit of the title, tags or note and dropped when the article changes', async () => {
    const area = slowArea();
    const clip = makeClip();
    await saveClip(area, clip, lock, { markdown: bodyFor(clip) });
    const edited = later(clip, { title: 'New title', tags: ['x'], note: 'n' });
    await saveClip(area, edited, lock);
    expect((await getStoredMarkdown(area, [edited])).get(clip.id)?.body).toBe('The body.');

    const reclipped = later(edited, { html: '<p>Rewritten article.</p>', updatedAt: '2024-07-01T00:00:00.000Z' });
    await saveClip(area, reclipped, lock);
    expect(area.data.has(markdownKey(clip.id))).toBe(false);
    expect((await getStoredMarkdown(area, [reclipped])).size).toBe(0);
  });

  it('is deleted with its clip', async () => {
    const area = slowArea();
    const clip = makeClip();
    await saveClip(area, clip, lock, { markdown: bodyFor(clip) });
    expect(await deleteClip(area, clip.id, lock)).toBe(true);
    expect([...area.data.keys()]).toEqual(expect.not.arrayContaining([markdownKey(clip.id)]));
  });

  it('never fails the clip write: a body that cannot be stored is left for later', async () => {
    const area = slowArea();
    const set = area.set.bind(area);
    let calls = 0;
    area.set = async (items) => {
      calls++;
      if (Object.keys(items).some((k) => k.startsWith('md:'))) throw new Error('QUOTA_BYTES quota exceeded');
      await set(items);
    };
    const clip = makeClip();
    await saveClip(area, clip, lock, { markdown: bodyFor(clip) });
    expect(calls).toBe(2);
    expect(await getClip(area, clip.id)).toEqual(clip);
    expect((await getStoredMarkdown(area, [clip])).size).toBe(0);
  });

  it('fills missing bodies only for clips still at the version they were made from', async () => {
    const area = slowArea();
    const a = makeClip({ url: 'https://news.example/a', canonicalUrl: 'https://news.example/a' }, 'clip-aaaaaaaa');
    const b = makeClip({ url: 'https://news.example/b', canonicalUrl: 'https://news.example/b' }, 'clip-bbbbbbbb');
    await saveClip(area, a, lock);
    await saveClip(area, b, lock);
    const bodyB = { ...bodyFor(b), updatedAt: b.updatedAt };
    await saveClip(area, later(b, { title: 'edited meanwhile' }), lock);
    const n = await putStoredMarkdown(area, lock, [
      { id: a.id, markdown: { ...bodyFor(a), updatedAt: a.updatedAt } },
      { id: b.id, markdown: bodyB },
    ]);
    expect(n).toBe(1);
    expect((await getStoredMarkdown(area, [a])).size).toBe(1);
    expect(area.data.has(markdownKey(b.id))).toBe(false);
  });

  it('writes no body into a store saved by a newer version (read-only)', async () => {
    const area = slowArea();
    const clip = makeClip();
    await saveClip(area, clip, lock);
    area.data.set(SCHEMA_VERSION_KEY, CLIP_SCHEMA_VERSION + 1);
    expect(await putStoredMarkdown(area, lock, [{ id: clip.id, markdown: { ...bodyFor(clip), updatedAt: clip.updatedAt } }])).toBe(0);
    expect(area.data.has(markdownKey(clip.id))).toBe(false);
    area.data.set(SCHEMA_VERSION_KEY, CLIP_SCHEMA_VERSION);
    expect(await putStoredMarkdown(area, lock, [{ id: clip.id, markdown: { ...bodyFor(clip), updatedAt: clip.updatedAt } }])).toBe(1);
  });

  it('prefetch makes a bulk write a few storage reads', async () => {
    const area = slowArea();
    const clips = Array.from({ length: 30 }, (_, i) =>
      makeClip({ url: `https://news.example/${i}`, canonicalUrl: `https://news.example/${i}` }, `clip-${String(i).padStart(8, '0')}`),
    );
    let gets = 0;
    const get = area.get.bind(area);
    area.get = (keys) => {
      gets++;
      return get(keys);
    };
    await clipTransaction(area, lock, async (tx) => {
      await tx.prefetch(clips);
      for (const clip of clips) {
        await tx.getClip(clip.id);
        await tx.put(clip, { markdown: bodyFor(clip) });
      }
    });
    expect(gets).toBeLessThanOrEqual(2);
    expect(area.sets).toBe(2); // the clips with their indexes, then the bodies
    expect((await getStoredMarkdown(area, clips)).size).toBe(30);
  });
});
