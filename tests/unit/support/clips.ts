/** Small valid clips and fake storage areas for the storage and service tests. */
import { createClip, type Clip, type ExtractedClip } from '../../../utils/clip';
import type { StorageArea } from '../../../utils/storage/area';

export function makeExtracted(overrides: Partial<ExtractedClip> = {}): ExtractedClip {
  const text = 'The harbour reopened on Monday after six weeks of repairs to the storm-damaged quay.';
  return {
    url: 'https://news.example/2024/05/harbour?utm_source=feed',
    canonicalUrl: 'https://news.example/2024/05/harbour',
    title: 'Harbour reopens',
    byline: 'Ana Ruiz',
    authors: ['Ana Ruiz'],
    siteName: 'Example News',
    lang: 'en',
    dir: null,
    excerpt: null,
    published: '2024-05-06',
    modified: null,
    dateEvidence: { published: { source: 'meta', raw: '2024-05-06' }, modified: null },
    figures: [],
    leadImage: null,
    html: `<p>${text}</p>`,
    text,
    wordCount: 15,
    readerable: true,
    reason: null,
    fromSelection: false,
    extractor: { name: 'news-clipper', version: 'test' },
    ...overrides,
  };
}

let seq = 0;
export function makeClip(overrides: Partial<ExtractedClip> = {}, id?: string, now = new Date('2024-05-07T10:00:00Z')): Clip {
  seq++;
  return createClip(makeExtracted(overrides), { id: id ?? `testclip${String(seq).padStart(8, '0')}`, now });
}

/** An in-memory area whose every call yields to the event loop first, so racing callers interleave. */
export function slowArea(): StorageArea & { data: Map<string, unknown>; sets: number } {
  const data = new Map<string, unknown>();
  const tick = () => new Promise<void>((r) => setTimeout(r, 1));
  const area = {
    data,
    sets: 0,
    async get(keys?: string | string[] | null) {
      await tick();
      const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>) {
      await tick();
      area.sets++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]) {
      await tick();
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
  return area;
}
