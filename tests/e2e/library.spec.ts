/**
 * The library's write path through the real background (the library UI itself comes later):
 * seed clips into the real storage, then edit and delete them with the same messages a
 * library page sends, and watch the list follow.
 */
import { extensionStorageArea } from '../../scripts/lib/clip-flow';
import { createClip } from '../../utils/clip';
import { createLocalLock } from '../../utils/storage/area';
import { getClip, saveClip } from '../../utils/storage/clip-store';
import { newClipId } from '../../utils/storage/keys';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ res?: unknown; err?: unknown }> } };

const extracted = (n: number) => ({
  url: `https://news.example/story-${n}`,
  canonicalUrl: `https://news.example/story-${n}`,
  title: `Story number ${n}`,
  byline: null,
  authors: ['Ana Ruiz'],
  siteName: 'Example News',
  lang: 'en',
  dir: null,
  excerpt: null,
  published: '2025-01-0' + n,
  modified: null,
  dateEvidence: { published: null, modified: null },
  figures: [],
  leadImage: null,
  html: `<p>Story ${n} text.</p>`,
  text: `Story ${n} text.`,
  wordCount: 3,
  readerable: true,
  reason: null,
  fromSelection: false,
  extractor: { name: 'news-clipper', version: 'seed' },
});

test('edit and delete go through the background and the library list follows', async ({ clipper, ext }) => {
  const local = extensionStorageArea(ext, 'local');
  const lock = createLocalLock();
  const clips = [1, 2, 3].map((n) => createClip(extracted(n), { id: newClipId(), now: new Date(`2025-02-0${n}T10:00:00Z`) }));
  for (const clip of clips) await saveClip(local, clip, lock);

  const library = await ext.context.newPage();
  await library.goto(ext.extensionUrl('/library.html'));
  await expect(library.getByRole('heading')).toHaveText('Your clips (3)');

  const send = (type: string, data: unknown) =>
    library.evaluate(([t, d]) => chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }), [type, data] as const);
  const edited = await send('editClip', { id: clips[0]!.id, edits: { title: 'Renamed story', tags: ['kept'] } });
  expect(edited.res).toMatchObject({ ok: true, clip: { title: 'Renamed story', tags: ['kept'] } });
  await expect(library.getByRole('link', { name: 'Renamed story' })).toBeVisible();

  const deleted = await send('deleteClips', { ids: [clips[1]!.id] });
  expect(deleted.res).toEqual({ ok: true, deleted: [clips[1]!.id] });
  await expect(library.getByRole('heading')).toHaveText('Your clips (2)');
  expect(await getClip(local, clips[1]!.id)).toBeNull();
  expect((await clipper.summaries()).map((s) => s.id).sort()).toEqual([clips[0]!.id, clips[2]!.id].sort());
  await library.close();
});
