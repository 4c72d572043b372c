/**
 * Export with bodies stored at save time, and with the zip written in a worker: the same bytes
 * as converting everything inline, stale bodies never used, missing ones handed back for storing.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/clip';
import { exportClips } from '../../../utils/export/export-clips';
import { createZipWorkerHandler, type ZipReply, type ZipRequest } from '../../../utils/export/zip-worker-core';
import { clipStoredMarkdown, clipToMarkdown, type StoredMarkdown } from '../../../utils/markdown/index';
import { makeClip, win } from '../markdown/helpers';

const now = new Date('2026-01-02T03:04:05Z');
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

const clips: Clip[] = Array.from({ length: 40 }, (_, i) =>
  makeClip({
    id: `clip-${String(i).padStart(8, '0')}`,
    title: `Story ${i}`,
    html: `<h2>Part ${i}</h2><p>Paragraph ${i} with <a href="https://news.example/${i}">a link</a>.</p>`.repeat(1 + (i % 5)),
    clippedAt: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
    updatedAt: `2024-02-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
    tags: i % 2 ? ['a'] : [],
  }),
);

/** A Worker stand-in that runs the real worker code in this process, asynchronously. */
class InProcessWorker {
  onmessage: ((e: { data: ZipReply }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  private readonly handle = createZipWorkerHandler((reply) => setTimeout(() => !this.terminated && this.onmessage?.({ data: reply })));
  postMessage(request: ZipRequest): void {
    setTimeout(() => !this.terminated && this.handle(request));
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('export from stored bodies', () => {
  it('writes the same zip from stored bodies, in a worker, as converting inline', async () => {
    const stored = new Map<string, StoredMarkdown>(clips.map((c) => [c.id, clipStoredMarkdown(c, { window: win })]));
    const reference = await exportClips(clips, { window: win, now });
    expect(reference.bodiesMade).toHaveLength(clips.length);
    const workers: InProcessWorker[] = [];
    const fast = await exportClips(clips, {
      window: win,
      now,
      storedMarkdown: stored,
      zipWorker: () => {
        const w = new InProcessWorker();
        workers.push(w);
        return w as unknown as Worker;
      },
    });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(fast.storedBodiesUsed).toBe(clips.length);
    expect(fast.bodiesMade).toEqual([]);
    expect(await bytesOf(fast.blob)).toEqual(await bytesOf(reference.blob));
    for (const level of [0, 6] as const) {
      const a = await exportClips(clips, { window: win, now, level, backupLevel: level, storedMarkdown: stored });
      const b = await exportClips(clips, { window: win, now, level, backupLevel: level });
      expect(await bytesOf(a.blob)).toEqual(await bytesOf(b.blob));
    }
  });

  it('never uses a body stored for another version of the clip, and hands back the ones it made', async () => {
    const first = clips[0]!;
    const edited: Clip = { ...first, html: '<p>Rewritten.</p>', updatedAt: '2025-01-01T00:00:00.000Z' };
    const stored = new Map([[first.id, clipStoredMarkdown(first, { window: win })]]);
    const result = await exportClips([edited, clips[1]!], { window: win, now, storedMarkdown: stored });
    const files = unzipSync(await bytesOf(result.blob));
    expect(strFromU8(files[result.markdownFiles[0]!]!)).toBe(clipToMarkdown(edited, { window: win }));
    expect(result.storedBodiesUsed).toBe(0);
    expect(result.bodiesMade.map((b) => [b.id, b.markdown.updatedAt])).toEqual([
      [first.id, edited.updatedAt],
      [clips[1]!.id, clips[1]!.updatedAt],
    ]);
  });

  it('zips inline when the worker cannot start', async () => {
    const result = await exportClips(clips.slice(0, 3), {
      window: win,
      now,
      zipWorker: () => {
        throw new Error('blocked by CSP');
      },
    });
    expect(Object.keys(unzipSync(await bytesOf(result.blob)))).toHaveLength(4);
  });
});
