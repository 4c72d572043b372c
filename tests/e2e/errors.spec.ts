/**
 * Each page that cannot be clipped gets its own sentence in the popup, and nothing is saved
 * (issue §5; reliability.md P1–P8, P20). The popup is opened for the tab the toolbar press
 * targeted, exactly as the user sees it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { openPopup, readClips, waitForDraft } from '../../scripts/lib/clip-flow';
import { ERROR_SENTENCES, type ClipErrorCode } from '../../utils/clip-errors';
import { FIXTURES_DIR, expect, test } from './fixtures';
import type { Clipper } from './support/clipper';
import { PopupPage } from './support/popup-page';

async function expectRefusal(clipper: Clipper, url: string, code: ClipErrorCode, options: { injected?: boolean } = {}) {
  const page = await clipper.openPage(url);
  const since = await clipper.press(page);
  const draft = await clipper.draft({ since: since - 5, status: ['error'] });
  expect(draft.error?.code).toBe(code);
  if (options.injected !== undefined) expect(draft.injected).toBe(options.injected);
  const popup = await clipper.popup(draft.tabId);
  await expect(popup.error).toHaveAttribute('data-error-code', code);
  await expect(popup.page.getByRole('alert')).toHaveText(ERROR_SENTENCES[code]);
  await expect(popup.page.getByText('Nothing was saved.')).toBeVisible();
  await expect(popup.save).toHaveCount(0);
  expect(await clipper.clips()).toEqual([]);
  return { page, popup, draft };
}

test.describe('clear errors, nothing saved', () => {
  test('browser pages: chrome:// and about:', async ({ clipper }) => {
    await expectRefusal(clipper, 'chrome://version', 'browser-page', { injected: false });
    await expectRefusal(clipper, 'about:blank', 'browser-page', { injected: false });
  });

  test('the Chrome Web Store', async ({ clipper }) => {
    // The network is closed, but the store's URL check fires all the same (reliability.md §6.2).
    await expectRefusal(clipper, 'https://chromewebstore.google.com/detail/news-clipper/abcdefghijklmnop', 'web-store');
  });

  test('view-source: is refused without ever injecting', async ({ clipper, server }) => {
    await expectRefusal(clipper, `view-source:${server.url('article.html')}`, 'view-source', { injected: false });
  });

  test('data: pages', async ({ clipper }) => {
    await expectRefusal(clipper, 'data:text/html,<h1>Hello</h1><p>A page made of a data URL.</p>', 'data-url', { injected: false });
  });

  test('PDF files', async ({ clipper }) => {
    await expectRefusal(clipper, 'report.pdf', 'pdf');
  });

  test('a page that is not an article offers Clip selection, which clips only the selection', async ({ clipper }) => {
    const { page, popup } = await expectRefusal(clipper, 'not-article.html', 'not-article');
    await expect(popup.clipSelection).toBeVisible();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('brief')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await popup.clipSelection.click();
    await expect(popup.fact('word-count')).toContainText('(selection)');
    await expect(popup.reader.getByText('came from behind')).toBeVisible();
    await expect(popup.page.getByRole('button', { name: 'Clip the whole page instead' })).toBeVisible();
    await popup.save.click();
    await expect(popup.saved).toBeVisible();
    const [clip] = await clipper.clips();
    expect(clip).toMatchObject({ fromSelection: true, siteName: 'Coastal Courier' });
    expect(clip!.text).toContain('came from behind');
    expect(clip!.text).not.toContain('Marathon route');
  });

  test('a tab that closes mid-clip', async ({ clipper }) => {
    // The page is still arriving, so the extractor waits for the document to be ready.
    const page = await clipper.openPage('stalled.html', { waitUntil: 'commit' });
    const since = await clipper.press(page);
    const extracting = await clipper.draft({ url: page.url(), since: since - 5, status: ['extracting'] });
    expect(extracting.injected).toBe(true);
    // The user looks at the popup while it is still reading, then closes the tab.
    const popupPage = await clipper.ext.context.newPage();
    const popup = new PopupPage(popupPage);
    await popupPage.goto(clipper.ext.extensionUrl(`/popup.html?tabId=${extracting.tabId}`));
    await expect(popup.main).toHaveAttribute('data-state', 'loading');
    await page.close();
    await expect(popup.error).toHaveAttribute('data-error-code', 'tab-closed');
    await expect(popupPage.getByRole('alert')).toHaveText(ERROR_SENTENCES['tab-closed']);
    expect(await clipper.clips()).toEqual([]);
    await popupPage.close();
  });
});

test('file:// pages when file access is off', async () => {
  // Unpacked extensions get file access by default (reliability.md §1.9). Switching it off in
  // chrome://extensions disables a command-line-loaded extension until the next start, so:
  // switch it off, restart on the same profile, then clip.
  const profile = mkdtempSync(path.join(tmpdir(), 'news-clipper-file-'));
  let ext = await launchWithExtension({ userDataDir: profile });
  try {
    const settings = await ext.context.newPage();
    await settings.goto(`chrome://extensions/?id=${ext.extensionId}`);
    const toggle = settings.locator('#allow-on-file-urls');
    await expect(toggle).toHaveAttribute('checked', '');
    await toggle.click();
    await expect(toggle).not.toHaveAttribute('checked', '');
    await ext.close({ keepProfile: true });

    ext = await launchWithExtension({ userDataDir: profile });
    const allowed = await ext.evaluate(
      () => (globalThis as unknown as { chrome: { extension: { isAllowedFileSchemeAccess(): Promise<boolean> } } }).chrome.extension.isAllowedFileSchemeAccess(),
      undefined,
    );
    expect(allowed).toBe(false);
    const page = await ext.context.newPage();
    await page.goto(pathToFileURL(path.join(FIXTURES_DIR, 'article.html')).href);
    const since = Date.now();
    await ext.pressAction(page);
    const draft = await waitForDraft(ext, { since: since - 5, status: ['error'] });
    expect(draft).toMatchObject({ injected: false, error: { code: 'file-access' } });
    const popup = new PopupPage(await openPopup(ext, draft.tabId));
    await expect(popup.page.getByRole('alert')).toHaveText(ERROR_SENTENCES['file-access']);
    expect(await readClips(ext)).toEqual([]);
  } finally {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
