import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { clipThroughToolbar, readClips, readSummaries } from '../../scripts/lib/clip-flow';
import { expect, test } from './fixtures';

test('a saved clip survives a browser restart (same profile)', async ({ server }) => {
  const profile = mkdtempSync(path.join(tmpdir(), 'news-clipper-restart-'));
  let ext: ExtensionBrowser | null = null;
  try {
    ext = await launchWithExtension({ userDataDir: profile });
    const page = await ext.context.newPage();
    await page.goto(server.url('article.html'));
    const { clip, popup } = await clipThroughToolbar(ext, page);
    expect(clip).not.toBeNull();
    // Close right after the confirmation, as a user would.
    await popup.close();
    await ext.close({ keepProfile: true });

    ext = await launchWithExtension({ userDataDir: profile });
    const clips = await readClips(ext);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toEqual(clip);
    expect((await readSummaries(ext)).map((s) => s.id)).toEqual([clip!.id]);
    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('/library.html'));
    await expect(library.getByRole('button', { name: clip!.title, exact: true })).toBeVisible();
  } finally {
    await ext?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
