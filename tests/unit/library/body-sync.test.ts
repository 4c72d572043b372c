import { beforeEach, describe, expect, it } from 'vitest';
import { BodyIndex } from '../../../utils/library/body-index';
import { staleIds, syncBodyIndex } from '../../../utils/library/body-sync';
import { loadSummaries, readTexts } from '../../../utils/library/load';
import { createLocalLock } from '../../../utils/storage/area';
import { deleteClip, saveClip } from '../../../utils/storage/clip-store';
import { makeClip, slowArea } from '../support/clips';

const lock = createLocalLock();
const quick = () => Promise.resolve();

describe('loading and syncing the text index', () => {
  let area: ReturnType<typeof slowArea>;
  beforeEach(() => {
    area = slowArea();
  });

  it('loads every summary from the buckets', async () => {
    const clips = Array.from({ length: 30 }, (_, i) => makeClip({ title: `Story ${i}`, canonicalUrl: `https://news.example/${i}` }));
    for (const c of clips) await saveClip(area, c, lock);
    const sums = await loadSummaries(area);
    expect([...sums.keys()].sort()).toEqual(clips.map((c) => c.id).sort());
    expect(sums.get(clips[3]!.id)!.title).toBe('Story 3');
  });

  it('reads texts in chunks and skips missing records', async () => {
    const a = makeClip({ text: 'alpha text' });
    const b = makeClip({ text: 'beta text' });
    await saveClip(area, a, lock);
    await saveClip(area, b, lock);
    const chunks: string[][] = [];
    for await (const docs of readTexts(area, [a.id, 'missing1234', b.id], 2)) chunks.push(docs.map((d) => d.text));
    expect(chunks).toEqual([['alpha text'], ['beta text']]);
  });

  it('indexes only new or changed clips and drops deleted ones', async () => {
    const a = makeClip({ text: 'The quay reopened.' });
    const b = makeClip({ text: 'Tram line approved.' });
    await saveClip(area, a, lock);
    await saveClip(area, b, lock);
    const index = new BodyIndex();
    const progress: number[] = [];
    let report = await syncBodyIndex(index, await loadSummaries(area), area, { yieldFn: quick, onProgress: (d) => progress.push(d) });
    expect(report).toEqual({ added: 2, removed: 0, unreadable: 0 });
    expect(progress.at(-1)).toBe(2);
    expect([...index.lookup('tram', { prefix: false, fuzzy: 0 }).keys()]).toEqual([b.id]);

    // Nothing changed: no clip record is read again.
    expect(staleIds(index, (await loadSummaries(area)).values())).toEqual([]);
    const sums = await loadSummaries(area);
    const read: string[] = [];
    const get = area.get.bind(area);
    const counting = { ...area, get: (keys?: string | string[] | null) => (read.push(...[keys ?? []].flat()), get(keys)) };
    report = await syncBodyIndex(index, sums, counting, { yieldFn: quick });
    expect(report.added).toBe(0);
    expect(read.filter((k) => k.startsWith('clip:'))).toEqual([]);

    // b edited, a deleted, c new.
    await saveClip(area, { ...b, text: 'Tram line delayed.', updatedAt: '2030-01-01T00:00:00.000Z' }, lock);
    await deleteClip(area, a.id, lock);
    const c = makeClip({ text: 'Harbour festival.' });
    await saveClip(area, c, lock);
    report = await syncBodyIndex(index, await loadSummaries(area), area, { yieldFn: quick, checkpointEvery: 1, onCheckpoint: () => void progress.push(-1) });
    expect(report).toEqual({ added: 2, removed: 1, unreadable: 0 });
    expect(progress).toContain(-1);
    expect(index.lookup('quay', { prefix: false, fuzzy: 0 }).size).toBe(0);
    expect([...index.lookup('delayed', { prefix: false, fuzzy: 0 }).keys()]).toEqual([b.id]);
    expect(index.lookup('approved', { prefix: false, fuzzy: 0 }).size).toBe(0);
    expect(index.size).toBe(2);
  });

  it('never replaces a newer live update with an older read', async () => {
    const a = makeClip({ text: 'old words' });
    await saveClip(area, a, lock);
    const index = new BodyIndex();
    index.add({ id: a.id, version: '2999-01-01T00:00:00.000Z', text: 'newer words' });
    const sums = await loadSummaries(area);
    await syncBodyIndex(index, sums, area, { yieldFn: quick });
    expect(index.lookup('newer', { prefix: false, fuzzy: 0 }).size).toBe(1);
  });

  it('stops when aborted', async () => {
    await saveClip(area, makeClip(), lock);
    const controller = new AbortController();
    controller.abort();
    await expect(syncBodyIndex(new BodyIndex(), await loadSummaries(area), area, { signal: controller.signal })).rejects.toThrow();
  });
});
