/**
 * Hostile and odd pages in real Chromium (reliability.md S13–S15, P9, P11–P15, P17, P18, P20):
 * each one ends in a correct clip or in its own clear message, never in an uncaught error.
 * Pages are in tests/fixtures/hostile; the server (support/hostile.ts) adds a charset header, a
 * cross-origin frame, a 9 MB page and a page that never finishes loading.
 */
import type { Page } from '@playwright/test';
import { ERROR_SENTENCES } from '../../utils/clip-errors';
import type { Draft } from '../../utils/storage/drafts';
import { expect } from './fixtures';
import type { Clipper } from './support/clipper';
import { HUGE_LEAD, hostileTest as test, hugePage } from './support/hostile';

/** Opens the page, presses the toolbar button, and returns the finished draft (ready or error). */
async function clipPage(clipper: Clipper, url: string): Promise<{ page: Page; draft: Draft }> {
  const page = await clipper.openPage(url);
  const draft = await clipper.pressAndWait(page);
  return { page, draft };
}

/** A correct clip: ready, nothing refused, the headline and a sentence of the story in it. */
function expectClip(draft: Draft, title: string, sentence: string): NonNullable<Draft['extracted']> {
  expect(draft.error, `${draft.error?.code}: ${draft.error?.detail}`).toBeNull();
  expect(draft.status).toBe('ready');
  const clip = draft.extracted!;
  expect(clip.title).toBe(title);
  expect(clip.text).toContain(sentence);
  return clip;
}

test.describe('hostile pages end in a correct clip', () => {
  test('S13 built-ins poisoned by the page (push, map, JSON, cloneNode, getAttribute, window.Readability…) do not reach the extractor', async ({ clipper, hostile }) => {
    const page = await clipper.openPage(hostile.url('poisoned-builtins.html'));
    // The page really is poisoned in its own world.
    expect(await page.evaluate(() => String(document.documentElement.getAttribute('lang')))).toBe('javascript:alert(1)');
    const { clip, popup } = await clipper.clipAndSave(page);
    expect(clip.title).toBe('Night trains return to the northern line');
    expect(clip.text).toContain('sleeping cars, a quiet carriage and space for twelve bicycles');
    expect(clip.authors).toEqual(['Iris Novak']);
    expect(clip.html).not.toContain('POISONED');
    await expect(popup.saved).toBeVisible();
  });

  test('S14 form controls that clobber the form (getElementsByTagName, ownerDocument, replaceWith via form=…)', async ({ clipper, hostile }) => {
    const { draft } = await clipPage(clipper, hostile.url('clobber-form.html'));
    const clip = expectClip(draft, 'Harbour swimming pool opens for the summer', 'The pool, built from a converted cargo barge');
    expect(clip.html).not.toMatch(/<(form|input|button)\b/i);
  });

  test('S15 named elements that shadow document methods (createElement, getElementsByTagName, body…)', async ({ clipper, hostile }) => {
    const { page, draft } = await clipPage(clipper, hostile.url('clobber-document.html'));
    // In the page's own world the document really is clobbered.
    expect(await page.evaluate(() => typeof document.createElement)).toBe('object');
    expectClip(draft, 'Old lighthouse becomes a museum', 'the original lens, which was stored in a barn for decades');
  });

  test('P13 <base href> absolute: links and images resolve against the base', async ({ clipper, hostile }) => {
    const { draft } = await clipPage(clipper, hostile.url('base-absolute.html'));
    const clip = expectClip(draft, 'Ferry timetable changes next month', 'earlier first departure on weekdays');
    expect(clip.html).toContain('href="https://static.valley-post.example/archive/2025/timetable.html"');
    expect(clip.html).toContain('href="https://static.valley-post.example/about/contact"');
    expect(clip.figures.map((f) => f.src)).toEqual(['https://static.valley-post.example/archive/2025/img/ferry-quay.jpg']);
    expect(clip.figures[0]).toMatchObject({ caption: 'The morning ferry leaves the quay.', credit: 'Photo: Nils Berg' });
  });

  test('P13 <base href> relative: resolved against the page, never against the extension', async ({ clipper, hostile }) => {
    const { draft } = await clipPage(clipper, hostile.url('base-relative.html'));
    const clip = expectClip(draft, 'School garden wins a national prize', 'rain barrels');
    expect(clip.html).toContain(`href="${hostile.origin}/media/stories/garden/jury.html"`);
    expect(clip.figures.map((f) => f.src)).toEqual([`${hostile.origin}/media/stories/garden/beds.jpg`]);
    expect(clip.html).not.toContain('chrome-extension:');
  });

  test('P14 lazy and noscript images: the real pictures, no placeholders', async ({ clipper, hostile }) => {
    const { draft } = await clipPage(clipper, hostile.url('lazy-images.html'));
    const clip = expectClip(draft, 'Storks nest on the church tower again', 'a cart wheel that the parish fixed to the tower');
    expect(clip.figures.map((f) => f.src)).toEqual([
      'https://img.valley-post.example/storks/nest-large.jpg',
      'https://img.valley-post.example/storks/tower.jpg',
    ]);
    expect(clip.figures.map((f) => f.credit)).toEqual(['Photo: Jonas Ek', 'Photo: Parish archive']);
    expect(clip.html).not.toContain('data:image/gif');
  });

  test('P15 AMP page: amp-img becomes a real image', async ({ clipper, hostile }) => {
    const { draft } = await clipPage(clipper, hostile.url('amp.html'));
    const clip = expectClip(draft, 'Market square gets new trees', 'Twelve young lime trees were planted');
    expect(clip.figures.map((f) => f.src)).toEqual(['https://img.valley-post.example/market/trees.jpg']);
    expect(clip.html).not.toContain('amp-img');
  });

  test('P17 right-to-left page: direction and language kept, and shown right to left', async ({ clipper, hostile }) => {
    const { draft } = await clipPage(clipper, hostile.url('rtl.html'));
    const clip = expectClip(draft, 'افتتاح مكتبة جديدة في وسط المدينة', 'تضم أكثر من عشرين ألف كتاب');
    expect(clip).toMatchObject({ dir: 'rtl', lang: 'ar' });
    const popup = await clipper.popup(draft.tabId);
    await expect(popup.reader.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(popup.reader.getByText('تضم أكثر من عشرين ألف كتاب')).toBeVisible();
  });

  test('P18 a Shift_JIS page served with its charset header', async ({ clipper, hostile }) => {
    const { page, draft } = await clipPage(clipper, hostile.url('shift-jis.html'));
    expect(await page.evaluate(() => document.characterSet)).toBe('Shift_JIS');
    const clip = expectClip(draft, '港に新しい水族館が開館', '港の倉庫を改装した新しい水族館');
    expect(clip.lang).toBe('ja');
    const popup = await clipper.popup(draft.tabId);
    await expect(popup.reader.getByText('ヒトデやナマコに触ることができる', { exact: false })).toBeVisible();
  });

  test('P12 a story inside open shadow roots (slots, nested components) is clipped', async ({ clipper, hostile }) => {
    const { draft } = await clipPage(clipper, hostile.url('shadow-dom.html'));
    const clip = expectClip(draft, 'Cyclists get a bridge of their own', 'The bridge is two hundred metres long');
    expect(clip.text).toContain('A new bridge for cyclists and walkers opened');
    expect(clip.text).toContain('four thousand crossings a day');
    expect(clip.text.match(/A new bridge for cyclists/g)).toHaveLength(1);
  });

  test('P11 a cross-origin iframe: the main frame is clipped, the frame is left out, no error', async ({ clipper, hostile }) => {
    const page = await clipper.openPage(hostile.url('frame-page.html'));
    const frame = page.frames().find((f) => f.url().startsWith('http://localhost:'));
    expect(frame, 'the embed loaded from the other origin').toBeDefined();
    await expect(frame!.locator('body')).toContainText('EMBEDDED-FRAME-TEXT');
    const draft = await clipper.pressAndWait(page);
    const clip = expectClip(draft, 'Allotments get a shared tool shed', 'a seed swap in the shed every spring');
    expect(clip.text).not.toContain('EMBEDDED-FRAME-TEXT');
    expect(clip.html).not.toMatch(/<iframe/i);
  });
});

test.describe('hostile pages end in a clear message', () => {
  test('P20 a tab that navigates away mid-clip: "left the page", nothing saved', async ({ clipper, hostile }) => {
    // The document never finishes loading, so the injected extractor is still waiting when the tab leaves.
    const page = await clipper.openPage(hostile.url('stalled.html'), { waitUntil: 'commit' });
    const since = await clipper.press(page);
    const extracting = await clipper.draft({ since: since - 5, status: ['extracting'] });
    expect(extracting.injected).toBe(true);
    await page.goto(hostile.url('rtl.html'));
    const draft = await clipper.draft({ tabId: extracting.tabId, since: since - 5, status: ['error'] });
    expect(draft.error?.code, draft.error?.detail ?? '').toBe('tab-closed');
    const popup = await clipper.popup(draft.tabId);
    // The popup for that tab now starts a fresh clip of the page it shows; the refusal was for the old one.
    await expect(popup.main).toHaveAttribute('data-state', 'preview');
    expect(await clipper.clips()).toEqual([]);
  });

  test('P9 a 9 MB page: "too large, clip a selection" at once, the page stays responsive, and the selection clips', async ({ clipper, hostile }) => {
    expect(hugePage().length).toBeGreaterThan(9_000_000);
    const page = await clipper.openPage(hostile.url('huge.html'));
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(180_000);
    const since = await clipper.press(page);
    // While the extension looks at the page, the page answers.
    const probeStarted = Date.now();
    await page.evaluate(() => 1);
    const probeMs = Date.now() - probeStarted;
    const draft = await clipper.draft({ since: since - 5, status: ['error'] });
    const refusedMs = draft.timings.readyAt! - draft.timings.requestedAt;
    console.log(`[P9] 9 MB page refused in ${refusedMs} ms (press to message); page answered in ${probeMs} ms meanwhile`);
    expect(draft.error?.code).toBe('too-large');
    // Generous bounds: the failure this guards against is Readability freezing the tab for seconds
    // (8.8 s measured, reliability.md §1); the exact figure is printed above.
    expect(refusedMs).toBeLessThan(3_000);
    expect(probeMs).toBeLessThan(3_000);

    const popup = await clipper.popup(draft.tabId);
    await expect(popup.page.getByRole('alert')).toHaveText(ERROR_SENTENCES['too-large']);
    await expect(popup.clipSelection).toBeVisible();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('story')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await popup.clipSelection.click();
    await expect(popup.fact('word-count')).toContainText('(selection)');
    await expect(popup.reader.getByText(HUGE_LEAD, { exact: false })).toBeVisible();
  });
});
