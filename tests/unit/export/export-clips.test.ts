import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Clip, Figure } from '../../../utils/clip';
import { exportClips, type ExportProgress } from '../../../utils/export/export-clips';
import type { ImageFetcher } from '../../../utils/export/images';
import { planRestoreFromBytes } from '../../../utils/export/restore';
import { clipToMarkdown } from '../../../utils/markdown/index';
import { makeClip, win } from '../markdown/helpers';

const now = new Date('2026-01-02T03:04:05Z');
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

const clips: Clip[] = [
  makeClip({ id: 'clip-bbbbbbbb', title: 'Same title', clippedAt: '2024-02-01T00:00:00.000Z', updatedAt: '2024-02-02T00:00:00.000Z' }),
  makeClip({ id: 'clip-aaaaaaaa', title: 'Same title', clippedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }),
  makeClip({ id: 'clip-cccccccc', title: 'CON', published: null, clippedAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-01T00:00:00.000Z' }),
];

describe('exportClips', () => {
  it('exports one clip as a .md file', async () => {
    const result = await exportClips([clips[0]!], { window: win, now });
    expect(result.kind).toBe('md');
    expect(result.fileName).toBe('2024-05-01-same-title.md');
    expect(result.blob.type).toBe('text/markdown;charset=utf-8');
    expect(new TextDecoder().decode(await bytesOf(result.blob))).toBe(clipToMarkdown(clips[0]!, { window: win }));
  });

  it('exports several clips as a zip of unique .md files plus clips.json, in a stable order', async () => {
    const result = await exportClips(clips, { window: win, now, fields: ['title'] });
    expect(result.kind).toBe('zip');
    expect(result.fileName).toBe('news-clips-2026-01-02.zip');
    const files = unzipSync(await bytesOf(result.blob));
    expect(Object.keys(files)).toEqual(['2024-05-01-same-title.md', '2024-05-01-same-title-2.md', '2024-03-01-con.md', 'clips.json']);
    expect(result.markdownFiles).toEqual(Object.keys(files).slice(0, 3));
    expect(strFromU8(files['2024-05-01-same-title.md']!)).toBe(clipToMarkdown(clips[1]!, { window: win, fields: ['title'] }));
    const backup = JSON.parse(strFromU8(files['clips.json']!)) as { count: number; exportedAt: string; clips: Clip[] };
    expect(backup.count).toBe(3);
    expect(backup.exportedAt).toBe(now.toISOString());
    expect(backup.clips.map((c) => c.id)).toEqual(['clip-aaaaaaaa', 'clip-bbbbbbbb', 'clip-cccccccc']);
  });

  it('writes the same bytes every time, and again after wipe → restore from the zip', async () => {
    const first = await bytesOf((await exportClips(clips, { window: win, now })).blob);
    const again = await bytesOf((await exportClips([...clips].reverse(), { window: win, now })).blob);
    expect(again).toEqual(first);
    const plan = planRestoreFromBytes(first, []);
    expect(plan.add).toHaveLength(3);
    const restored = await bytesOf((await exportClips(plan.add, { window: win, now })).blob);
    expect(restored).toEqual(first);
  });

  it('reports progress through to done and yields to the event loop between slices', async () => {
    const events: ExportProgress[] = [];
    let yields = 0;
    await exportClips(clips, {
      window: win,
      now,
      sliceMs: 0,
      yieldFn: async () => {
        yields++;
      },
      onProgress: (p) => events.push(p),
    });
    expect(yields).toBeGreaterThanOrEqual(clips.length);
    expect(events[0]).toEqual({ phase: 'markdown', done: 0, total: 3 });
    expect(events.at(-1)).toEqual({ phase: 'done', done: 3, total: 3 });
    const markdown = events.filter((e) => e.phase === 'markdown').map((e) => e.done);
    expect(markdown).toEqual([...markdown].sort((a, b) => a - b));
  });

  it('reuses cached Markdown for unchanged clips and converts changed ones', async () => {
    const cache = new Map<string, string>();
    const first = await bytesOf((await exportClips(clips, { window: win, now, markdownCache: cache })).blob);
    expect(cache.size).toBe(3);
    // A poisoned entry proves the cache is read; a changed clip misses it.
    const [key] = [...cache.keys()].filter((k) => k.startsWith('clip-aaaaaaaa'));
    cache.set(key!, 'cached text\n');
    const again = unzipSync(await bytesOf((await exportClips(clips, { window: win, now, markdownCache: cache })).blob));
    expect(strFromU8(again['2024-05-01-same-title.md']!)).toBe('cached text\n');
    const edited = clips.map((c) => (c.id === 'clip-aaaaaaaa' ? { ...c, updatedAt: '2024-09-09T00:00:00.000Z' } : c));
    const fresh = unzipSync(await bytesOf((await exportClips(edited, { window: win, now, markdownCache: cache })).blob));
    expect(strFromU8(fresh['2024-05-01-same-title.md']!)).toBe(clipToMarkdown(clips[1]!, { window: win }));
    expect(first.length).toBeGreaterThan(0);
  });

  it('stops when aborted and refuses an empty selection', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(exportClips(clips, { window: win, now, signal: controller.signal })).rejects.toThrow();
    await expect(exportClips([], { window: win, now })).rejects.toThrow(/no clips/);
  });
});

describe('exportClips with images downloaded into the zip', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  const fig = (src: string, caption: string): Figure => ({ src, alt: caption, caption, credit: 'AP' });
  const figureHtml = (f: Figure) => `<figure><img src="${f.src}" alt="${f.alt}"><figcaption>${f.caption}</figcaption></figure>`;
  const ok = fig('https://cdn.example/ok.png', 'Works');
  const missing = fig('https://cdn.example/missing.jpg', 'Missing');
  const html = fig('https://cdn.example/page.jpg', 'Not an image');
  const shared = fig('https://cdn.example/shared.jpg', 'Shared');
  const data = fig('data:image/png;base64,iVBORw0KGgoAAAAN', 'Inline');

  const fetchImage: ImageFetcher = async (url) => {
    if (url.endsWith('ok.png')) return { bytes: PNG, contentType: 'image/png' };
    if (url.endsWith('shared.jpg')) return { bytes: JPEG, contentType: 'image/jpeg' };
    if (url.endsWith('page.jpg')) return { bytes: new TextEncoder().encode('<html>'), contentType: 'text/html' };
    throw new Error('HTTP 404');
  };

  const one = makeClip({ id: 'clip-img00001', title: 'With photos', figures: [ok, missing, shared, data], html: [ok, missing, shared, data].map(figureHtml).join('') });
  const two = makeClip({ id: 'clip-img00002', title: 'Second', clippedAt: '2024-06-01T00:00:00.000Z', figures: [shared, html], html: [shared, html].map(figureHtml).join('') });

  it('stores each image once under images/ and links it relatively; failures keep the remote link', async () => {
    const result = await exportClips([one, two], { window: win, now, imageMode: 'download', fetchImage });
    const files = unzipSync(await bytesOf(result.blob));
    expect(Object.keys(files)).toEqual([
      '2024-05-01-with-photos.md',
      '2024-05-01-second.md',
      'images/2024-05-01-with-photos-1.png',
      // Numbered by the photo's place in its clip, so a failed download leaves a gap (2).
      'images/2024-05-01-with-photos-3.jpg',
      'images/2024-05-01-with-photos-4.png',
      'images/not-downloaded.txt',
      'clips.json',
    ]);
    const report = strFromU8(files['images/not-downloaded.txt']!);
    expect(report).toContain('https://cdn.example/missing.jpg\n  why: HTTP 404\n  used in: 2024-05-01-with-photos.md\n');
    expect(report).toContain('https://cdn.example/page.jpg\n  why: not a JPEG, PNG, GIF, WebP or AVIF image\n  used in: 2024-05-01-second.md\n');
    expect(files['images/2024-05-01-with-photos-1.png']).toEqual(PNG);
    const first = strFromU8(files['2024-05-01-with-photos.md']!);
    expect(first).toContain('![Works](images/2024-05-01-with-photos-1.png)\n*Works* — AP');
    expect(first).toContain('![Missing](https://cdn.example/missing.jpg)');
    expect(first).toContain('![Shared](images/2024-05-01-with-photos-3.jpg)');
    expect(first).toContain('![Inline](images/2024-05-01-with-photos-4.png)');
    const second = strFromU8(files['2024-05-01-second.md']!);
    expect(second).toContain('![Shared](images/2024-05-01-with-photos-3.jpg)');
    expect(second).toContain('![Not an image](https://cdn.example/page.jpg)');
    expect(result.imageFailures).toEqual([
      { url: 'https://cdn.example/missing.jpg', clipIds: ['clip-img00001'], reason: 'HTTP 404' },
      { url: 'https://cdn.example/page.jpg', clipIds: ['clip-img00002'], reason: 'not a JPEG, PNG, GIF, WebP or AVIF image' },
    ]);
    // The backup inside still holds the remote URLs: images are an export convenience.
    expect(strFromU8(files['clips.json']!)).toContain('https://cdn.example/ok.png');
  });

  it('writes no report when every image was downloaded', async () => {
    const clean = makeClip({ id: 'clip-img00003', title: 'Clean', figures: [ok], html: figureHtml(ok) });
    const result = await exportClips([clean], { window: win, now, imageMode: 'download', fetchImage });
    expect(result.imageFailures).toEqual([]);
    expect(Object.keys(unzipSync(await bytesOf(result.blob)))).toEqual(['2024-05-01-clean.md', 'images/2024-05-01-clean-1.png', 'clips.json']);
  });

  it('zips a single clip when its images are downloaded, and needs a fetcher', async () => {
    const result = await exportClips([one], { window: win, now, imageMode: 'download', fetchImage });
    expect(result.kind).toBe('zip');
    expect(result.fileName).toBe('2024-05-01-with-photos.zip');
    await expect(exportClips([one], { window: win, now, imageMode: 'download' })).rejects.toThrow(/fetchImage/);
  });
});

describe('warmMarkdownCache', () => {
  it('converts only clips missing from the cache, in slices, with the export key', async () => {
    const { warmMarkdownCache, markdownCacheKey } = await import('../../../utils/export/markdown-cache');
    const cache = new Map<string, string>();
    let yields = 0;
    const yieldFn = async () => {
      yields++;
    };
    expect(await warmMarkdownCache(clips, cache, { window: win, sliceMs: 0, yieldFn, fields: ['title'] })).toBe(3);
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(cache.get(markdownCacheKey(clips[0]!, { fields: ['title'] }))).toBe(clipToMarkdown(clips[0]!, { window: win, fields: ['title'] }));
    expect(await warmMarkdownCache(clips, cache, { window: win, fields: ['title'] })).toBe(0);
    // Other options are other files.
    expect(markdownCacheKey(clips[0]!)).not.toBe(markdownCacheKey(clips[0]!, { fields: ['title'] }));
  });
});
