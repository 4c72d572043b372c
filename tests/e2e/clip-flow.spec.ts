import { expect, test } from './fixtures';

test.describe('toolbar click → preview → saved clip', () => {
  test('the preview shows the article and its facts, and Save stores the clip with the edits', async ({ clipper, server }) => {
    const page = await clipper.openPage('article.html');
    // The page's own listeners: the injection must not announce itself (nor the extension's id).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenMessages: string[] }).seenMessages = seen;
      window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
    });
    const draft = await clipper.pressAndWait(page);
    expect(draft).toMatchObject({ status: 'ready', injected: true, mode: 'page', url: page.url() });
    expect(await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages)).toEqual([]);

    const popup = await clipper.popup(draft.tabId);
    await expect(popup.title).toHaveValue('Island ferry to run every hour this summer');
    await expect(popup.fact('site')).toHaveText('Coastal Courier');
    await expect(popup.fact('authors')).toContainText('Lena Berg');
    await expect(popup.fact('published')).toContainText('2025');
    await expect(popup.fact('date-evidence')).toContainText('found in');
    await expect(popup.fact('word-count')).toContainText(/\d+ words/);
    // The article renders in the sandboxed frame, styled by the linked sheet, with no extension APIs.
    const paragraph = popup.reader.locator('p', { hasText: 'two extra boats' });
    await expect(paragraph).toBeVisible();
    expect(await paragraph.evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/Georgia|serif/i);
    expect(await paragraph.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe('undefined');
    expect(await popup.reader.locator('nav, aside, footer').count()).toBe(0);

    await popup.title.fill('Ferries every hour');
    await popup.tags.fill('transport, islands');
    await popup.note.fill('Check the new timetable in May.');
    await popup.save.click();
    await expect(popup.saved).toContainText('Saved to your library.');

    const [clip] = await clipper.clips();
    expect(clip).toMatchObject({
      title: 'Ferries every hour',
      tags: ['transport', 'islands'],
      note: 'Check the new timetable in May.',
      canonicalUrl: server.url('/news/ferry-hourly'),
      url: page.url(),
      schemaVersion: 1,
      id: draft.clipId,
    });
    expect(clip!.text).toContain('two extra boats');
    const summaries = await clipper.summaries();
    expect(summaries.map((s) => s.id)).toEqual([clip!.id]);
    const local = await clipper.local();
    expect(Object.keys(local).filter((k) => k.startsWith('url:'))).toHaveLength(1);
    // The production CSP did not block anything the popup or the frame needed.
    expect(popup.cspMessages).toEqual([]);
  });

  test('the draft and the edits survive the popup closing', async ({ clipper }) => {
    const page = await clipper.openPage('article.html');
    const draft = await clipper.pressAndWait(page);
    let popup = await clipper.popup(draft.tabId);
    await popup.title.fill('My own headline');
    await popup.note.fill('half-written note');
    await clipper.draft({ tabId: draft.tabId, status: ['ready'] });
    await expect
      .poll(async () => (await clipper.drafts()).find((d) => d.tabId === draft.tabId)?.edits.note)
      .toBe('half-written note');
    await popup.close();

    // The toolbar popup opens again for the same page: same draft, same edits, no new extraction.
    await clipper.press(page);
    popup = await clipper.popup(draft.tabId);
    await expect(popup.title).toHaveValue('My own headline');
    await expect(popup.note).toHaveValue('half-written note');
    const again = (await clipper.drafts()).find((d) => d.tabId === draft.tabId);
    expect(again?.clipId).toBe(draft.clipId);
    await popup.save.click();
    await expect(popup.saved).toBeVisible();
    expect((await clipper.clips()).map((c) => c.title)).toEqual(['My own headline']);
  });

  test('an article already saved says so and offers Update or Keep both, never a silent duplicate', async ({ clipper }) => {
    const page = await clipper.openPage('article.html');
    const { clip: first } = await clipper.clipAndSave(page);

    // The same article under another address (a tracking parameter): same canonical URL.
    const again = await clipper.openPage('article.html?utm_source=newsletter&from=feed');
    let draft = await clipper.pressAndWait(again, { status: ['ready'] });
    expect(draft.clipId).not.toBe(first.id);
    let popup = await clipper.popup(draft.tabId);
    await expect(popup.alreadySaved).toContainText('Already saved on');
    await expect(popup.save).toHaveCount(0);
    await popup.update.click();
    await expect(popup.saved).toContainText('Updated');
    let clips = await clipper.clips();
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ id: first.id, clippedAt: first.clippedAt });
    expect(clips[0]!.updatedAt > first.updatedAt).toBe(true);

    await popup.close();
    draft = await clipper.pressAndWait(again, { status: ['ready'] });
    popup = await clipper.popup(draft.tabId);
    await expect(popup.alreadySaved).toContainText('Already saved on');
    await popup.keepBoth.click();
    await expect(popup.saved).toBeVisible();
    clips = await clipper.clips();
    expect(clips).toHaveLength(2);
    expect(new Set(clips.map((c) => c.canonicalUrl)).size).toBe(1);
  });

  test('the library lists saved clips', async ({ clipper, ext }) => {
    await clipper.clipAndSave(await clipper.openPage('article.html'));
    await clipper.clipAndSave(await clipper.openPage('article-2.html'));
    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('/library.html'));
    await expect(library.getByRole('heading', { level: 1 })).toHaveText('Your clips (2)');
    await expect(library.getByRole('button', { name: 'City library to open on Sundays', exact: true })).toBeVisible();
    await expect(library.getByRole('button', { name: 'Island ferry to run every hour this summer', exact: true })).toBeVisible();
    await library.close();
  });
});
