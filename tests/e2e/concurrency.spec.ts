import { expect, test } from './fixtures';

test('two tabs saving at once both land', async ({ clipper }) => {
  const first = await clipper.openPage('article.html');
  const second = await clipper.openPage('article-2.html');
  const draftA = await clipper.pressAndWait(first, { status: ['ready'] });
  const draftB = await clipper.pressAndWait(second, { status: ['ready'] });
  expect(draftA.tabId).not.toBe(draftB.tabId);
  const [popupA, popupB] = [await clipper.popup(draftA.tabId), await clipper.popup(draftB.tabId)];
  await popupA.tags.fill('first');
  await popupB.tags.fill('second');

  await Promise.all([popupA.save.click(), popupB.save.click()]);
  await expect(popupA.saved).toBeVisible();
  await expect(popupB.saved).toBeVisible();

  const clips = await clipper.clips();
  expect(clips.map((c) => c.id).sort()).toEqual([draftA.clipId, draftB.clipId].sort());
  expect(clips.map((c) => c.tags[0]).sort()).toEqual(['first', 'second']);
  // Both summaries and both URL-index entries landed too, whatever buckets they share.
  expect((await clipper.summaries()).map((s) => s.id).sort()).toEqual([draftA.clipId, draftB.clipId].sort());
  const local = await clipper.local();
  const indexed = Object.entries(local)
    .filter(([k]) => k.startsWith('url:'))
    .flatMap(([, bucket]) => Object.values(bucket as Record<string, string[]>).flat());
  expect(indexed.sort()).toEqual([draftA.clipId, draftB.clipId].sort());
});
