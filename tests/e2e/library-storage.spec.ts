/**
 * The storage meter against the real 10 MiB quota (issue 4 §5; reliability.md D1, D14), with the
 * build that has no unlimitedStorage: bytes in use are shown, a warning appears well before the
 * store is full (70%), it turns critical near the end (90%), and it follows the store live.
 */
import path from 'node:path';
import { ROOT, launchWithExtension } from '../../scripts/lib/chromium';
import { expect, test } from './fixtures';
import { LibraryPage, clipWith, seed } from './support/library-page';

declare const chrome: { storage: { local: { getBytesInUse(keys: null): Promise<number>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } } };

const QUOTA_BUILD = path.join(ROOT, '.output/chrome-mv3-quota-test');
const QUOTA = 10 * 1024 * 1024;

test('the meter shows the bytes in use and warns well before the 10 MiB quota is reached', async () => {
  test.slow();
  const ext = await launchWithExtension({ extensionDir: QUOTA_BUILD });
  try {
    // Clips large enough to matter: 4 × ~1.7 MB (840 KB of text, the same again as HTML).
    const big = (n: number) =>
      clipWith({ id: `e2e-meter-0000${n}`, title: `Archive number ${n}`, text: 'Archive text. '.repeat(60_000), clippedAt: `2026-10-0${n}T10:00:00Z` });
    await seed(ext, [1, 2, 3, 4].map(big));
    const used = await ext.evaluate(() => chrome.storage.local.getBytesInUse(null), undefined);
    expect(used / QUOTA).toBeGreaterThan(0.6);
    expect(used / QUOTA).toBeLessThan(0.7);
    for (const p of ext.context.pages()) await p.close();

    const lib = await LibraryPage.open(ext, { waitForText: false });
    const meter = lib.page.locator('.storage-meter');
    // Below 70%: the size against the real quota, no warning yet.
    await expect(meter).toHaveAttribute('data-level', 'ok');
    await expect(meter).toContainText(/Storage: [\d.]+ MB of 10(\.0)? MB/);
    await expect(meter.locator('.meter-message')).toHaveCount(0);

    // Past 70%: a warning with what to do, while ~2.5 MB (several clips) are still free.
    await ext.evaluate((size) => chrome.storage.local.set({ filler: 'f'.repeat(size) }), Math.round(0.76 * QUOTA - used));
    await expect(meter).toHaveAttribute('data-level', 'warning', { timeout: 15_000 });
    await expect(meter.locator('.meter-message')).toHaveText(/Clip storage is filling up .* left\)\. Consider exporting a backup and deleting old clips\./);
    await expect(meter.getByRole('alert')).toBeVisible();

    // Past 90%: critical.
    await ext.evaluate((size) => chrome.storage.local.set({ filler: 'f'.repeat(size) }), Math.round(0.93 * QUOTA - used));
    await expect(meter).toHaveAttribute('data-level', 'critical', { timeout: 15_000 });
    await expect(meter.locator('.meter-message')).toContainText('Clip storage is almost full');

    // Room made again: the warning goes away.
    await ext.evaluate(() => chrome.storage.local.remove('filler'), undefined);
    await expect(meter).toHaveAttribute('data-level', 'ok', { timeout: 15_000 });
    expect(lib.errors).toEqual([]);
    await lib.page.close();
  } finally {
    await ext.close();
  }
});
