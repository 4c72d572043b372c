/**
 * Backups and the store's state in the library, real Chromium (issue 6 §3–4, reliability.md D4,
 * D9, D11, D12): Back up → wipe → Restore brings back the very same records; a corrupt,
 * truncated or foreign file is refused with a clear message and changes nothing; hostile records
 * in a backup are skipped with reasons; and when the store is read-only (data newer than the
 * code) or has set records aside, the library says so, keeps reading and export, and offers no
 * way to write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExtensionBrowser } from '../../scripts/lib/chromium';
import { extensionStorageArea } from '../../scripts/lib/clip-flow';
import type { Clip } from '../../utils/clip';
import { getClip } from '../../utils/storage/clip-store';
import { QUARANTINE_REPORT_KEY } from '../../utils/storage/quarantine';
import { expect, test } from './fixtures';
import { stopServiceWorker } from './support/hostile';
import { LibraryPage, clipWith, seed } from './support/library-page';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ res?: { ok?: boolean } } | undefined> } };

const clips: Clip[] = [
  clipWith({ id: 'e2e-backup-00001', title: 'Harbour reopens after storm', tags: ['transport'], note: 'Follow up in May.', clippedAt: '2026-10-01T10:00:00Z' }),
  clipWith({ id: 'e2e-backup-00002', title: 'Council passes the ferry budget', siteName: 'Coast Courier', clippedAt: '2026-10-02T10:00:00Z' }),
  clipWith({ id: 'e2e-backup-00003', title: 'مكتبة جديدة في المدينة', lang: 'ar', dir: 'rtl', text: 'افتُتحت مكتبة جديدة.', clippedAt: '2026-10-03T10:00:00Z' }),
];

function tmpFile(name: string, content: string | Buffer): string {
  const file = path.join(os.tmpdir(), `nc-e2e-${process.pid}-${name}`);
  writeFileSync(file, content);
  return file;
}

/**
 * Stops the service worker and waits until a new one answers: the worker keeps the schema verdict
 * in memory, and the tests after a read-only one need a fresh, running worker.
 */
async function restartWorker(ext: ExtensionBrowser): Promise<void> {
  await stopServiceWorker(ext);
  const answers = () =>
    ext.evaluate(
      () =>
        chrome.runtime
          .sendMessage({ id: 1, type: 'storeStatus', timestamp: Date.now() })
          .then((r) => Boolean(r?.res))
          .catch(() => false),
      undefined,
    );
  await expect.poll(answers, { timeout: 20_000 }).toBe(true);
}

async function backUp(lib: LibraryPage): Promise<string> {
  const download = lib.page.waitForEvent('download');
  await lib.page.getByRole('button', { name: 'Back up (.json)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  return readFileSync((await file.path())!, 'utf8');
}

async function chooseBackup(lib: LibraryPage, file: string): Promise<import('@playwright/test').Locator> {
  await lib.page.getByLabel('Backup file to restore').setInputFiles(file);
  const dialog = lib.page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('back up, wipe, restore: the very same clips come back; restoring again changes nothing', async ({ clipper, ext }) => {
  await seed(ext, clips);
  const local = extensionStorageArea(ext, 'local');
  const before = await Promise.all(clips.map((c) => getClip(local, c.id)));
  const lib = await LibraryPage.open(ext);
  const text = await backUp(lib);
  const backup = JSON.parse(text) as { count: number; clips: Clip[] };
  expect(backup.count).toBe(3);
  expect(backup.clips.map((c) => c.id).sort()).toEqual(clips.map((c) => c.id).sort());

  // Wipe everything through the library's own delete, then restore from the file.
  await lib.page.getByLabel(/Select all \d+ shown/).check();
  await lib.page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(lib.page.getByText('No clips yet.')).toBeVisible();
  expect(await clipper.summaries()).toEqual([]);

  const file = tmpFile('backup.json', text);
  const dialog = await chooseBackup(lib, file);
  await expect(dialog.locator('.restore-summary')).toHaveText('3 clips to add, 0 to update, 0 already up to date.');
  await dialog.getByRole('button', { name: 'Restore 3 clip(s)' }).click();
  await expect(lib.toast).toContainText('Restored 3 clips');
  await expect(lib.rows).toHaveCount(3);
  expect(await Promise.all(clips.map((c) => getClip(local, c.id)))).toEqual(before);
  // The restored text is searchable again.
  await lib.query('ferry budget');
  await expect.poll(() => lib.titles()).toEqual(['Council passes the ferry budget']);
  await lib.query('');

  // The same file again: nothing to do, and the button says so.
  const again = await chooseBackup(lib, file);
  await expect(again.locator('.restore-summary')).toHaveText('0 clips to add, 0 to update, 3 already up to date.');
  await expect(again.getByRole('button', { name: 'Nothing to restore' })).toBeDisabled();
  await again.getByRole('button', { name: 'Close' }).click();
  expect(lib.errors).toEqual([]);
  await lib.page.close();
});

test('a truncated, corrupt or foreign backup is refused with a clear message, and no clip changes', async ({ clipper, ext }) => {
  await seed(ext, clips);
  const lib = await LibraryPage.open(ext);
  const text = await backUp(lib);
  const stored = await clipper.local();

  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['truncated.json', text.slice(0, Math.floor(text.length * 0.6)), /cut short.*Nothing was restored/],
    ['corrupt.json', `${text.slice(0, 40)}\u0000garbage${text.slice(60)}`, /not valid JSON.*Nothing was restored/],
    ['other-app.json', JSON.stringify({ app: 'another-clipper', notes: [] }), /not a News Clipper backup.*Nothing was restored/],
    ['newer.json', text.replace('"formatVersion":1', '"formatVersion":99'), /newer version of News Clipper/],
    ['miscounted.json', text.replace('"count":3', '"count":4'), /says it holds 4 clips but contains 3.*Nothing was restored/],
    ['empty.json', '', /The file is empty/],
    ['picture.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), /./],
  ];
  for (const [name, content, message] of cases) {
    const dialog = await chooseBackup(lib, tmpFile(name, content));
    await expect(dialog.locator('.restore-summary'), name).toHaveText(message);
    await expect(dialog.getByRole('button', { name: 'Nothing to restore' }), name).toBeDisabled();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
  expect(await clipper.local()).toEqual(stored);
  await expect(lib.rows).toHaveCount(3);
  expect(lib.errors).toEqual([]);
  await lib.page.close();
});

test('hostile and newer records in a backup are skipped with reasons; the good ones restore, clean', async ({ clipper, ext }) => {
  await seed(ext, clips.slice(0, 1));
  const lib = await LibraryPage.open(ext);
  const text = await backUp(lib);
  const backup = JSON.parse(text) as { count: number; clips: Array<Record<string, unknown>> };
  const good = clipWith({ id: 'e2e-backup-00009', title: 'A clip from the backup only', clippedAt: '2026-10-09T10:00:00Z' });
  const raw = clipWith({
    id: 'e2e-backup-00010',
    title: 'A record with script in it',
    html: '<p>Kept text.</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">link</a>',
    clippedAt: '2026-10-10T10:00:00Z',
  });
  backup.clips.push(
    good as unknown as Record<string, unknown>,
    raw as unknown as Record<string, unknown>,
    { ...good, id: 'e2e-backup-00011', schemaVersion: 99 } as unknown as Record<string, unknown>,
    { id: 'e2e-backup-00012', title: 42 },
    'not a record' as unknown as Record<string, unknown>,
  );
  backup.count = backup.clips.length;
  const dialog = await chooseBackup(lib, tmpFile('mixed.json', JSON.stringify(backup)));
  await expect(dialog.locator('.restore-summary')).toHaveText('2 clips to add, 0 to update, 1 already up to date, 3 skipped.');
  const skips = dialog.locator('.restore-skips li');
  await expect(skips).toHaveCount(3);
  await expect(skips.nth(0)).toContainText('newer schema');
  await expect(skips.nth(1)).toContainText('invalid');
  await expect(skips.nth(2)).toContainText('invalid');
  await dialog.getByRole('button', { name: 'Restore 2 clip(s)' }).click();
  await expect(lib.toast).toContainText('Restored 2 clips; skipped 3');
  await expect(lib.rows).toHaveCount(3);
  const local = extensionStorageArea(ext, 'local');
  expect(await getClip(local, good.id)).toMatchObject({ title: good.title, html: good.html });
  // A record from a file is cleaned before it is stored, like a fresh clip.
  const restored = (await getClip(local, raw.id))!;
  expect(restored.html).toContain('Kept text.');
  expect(restored.html).not.toMatch(/onerror|<script|javascript:/i);
  expect(await getClip(local, 'e2e-backup-00011')).toBeNull();
  expect(lib.dialogs).toEqual([]);
  expect((await clipper.summaries()).length).toBe(3);
  await lib.page.close();
});

test('D9/D11 in the library: stored data newer than the code shows the banner, keeps reading and export, and offers no write', async ({ clipper, ext }) => {
  await seed(ext, clips);
  const local = extensionStorageArea(ext, 'local');
  await local.set({ 'meta:schemaVersion': 99 });
  await stopServiceWorker(ext);
  try {
    const before = await clipper.local();
    const lib = await LibraryPage.open(ext);
    const banner = lib.page.locator('[data-store-banner="read-only"]');
    await expect(banner).toContainText('read-only');
    await expect(banner).toContainText('schema 99');
    await expect(lib.rows).toHaveCount(3);
    const row = lib.row('Harbour reopens after storm');
    await expect(row.getByRole('button', { name: /^Edit/ })).toBeDisabled();
    await expect(row.getByRole('button', { name: /^Delete/ })).toBeDisabled();
    await expect(lib.page.getByRole('button', { name: 'Restore…' })).toBeDisabled();
    await lib.page.getByLabel(/Select all \d+ shown/).check();
    await expect(lib.page.getByRole('button', { name: 'Delete selected' })).toBeDisabled();
    await expect(lib.page.getByRole('button', { name: 'Export selected' })).toBeEnabled();
    // Reading still works, with the writes switched off there too.
    await row.locator('button[data-control="open"]').click();
    await expect(lib.reader.getByText(/The harbour reopened on Monday/)).toBeVisible();
    await expect(lib.readerPane.getByRole('button', { name: 'Edit' })).toBeDisabled();
    await expect(lib.readerPane.getByRole('button', { name: 'Delete' })).toBeDisabled();
    // Export works: the user can always get their clips out.
    const download = lib.page.waitForEvent('download');
    await lib.readerPane.getByRole('button', { name: 'Export .md' }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toContain('title: "Harbour reopens after storm"');
    // Even a forged write from the page is refused by the background.
    const refused = await lib.page.evaluate(() => chrome.runtime.sendMessage({ id: 1, type: 'deleteClips', data: { ids: ['e2e-backup-00001'] }, timestamp: Date.now() }));
    expect(refused?.res).toMatchObject({ ok: false });
    // Clips, summaries, indexes and meta are untouched (a derived Markdown cache, md:<id>, may
    // be written by the export).
    const data = (all: Record<string, unknown>) => Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('md:')));
    expect(data(await clipper.local())).toEqual(data(before));
    await lib.page.close();
  } finally {
    await local.remove('meta:schemaVersion');
    await restartWorker(ext);
  }
});

test('D9 in the library: an upgrade that fails leaves every record as it was and the library read-only, with the reason', async ({ clipper, ext }) => {
  await seed(ext, clips);
  const local = extensionStorageArea(ext, 'local');
  const key = `clip:${clips[1]!.id}`;
  const original = (await local.get(key))[key];
  // A store that needs upgrading (no schema version yet) holding a record no step can upgrade.
  await local.set({ [key]: { ...(original as object), schemaVersion: 2 } });
  await local.remove('meta:schemaVersion');
  await stopServiceWorker(ext);
  try {
    const before = await clipper.local();
    const lib = await LibraryPage.open(ext, { waitForText: false });
    const banner = lib.page.locator('[data-store-banner="read-only"]');
    await expect(banner).toContainText('1 saved clip(s) could not be upgraded, so nothing was changed.');
    await expect(banner).toContainText('Nothing has been changed or lost.');
    await expect(lib.page.getByRole('button', { name: 'Restore…' })).toBeDisabled();
    await expect(lib.row('Harbour reopens after storm').getByRole('button', { name: /^Delete/ })).toBeDisabled();
    const data = (all: Record<string, unknown>) => Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('md:')));
    expect(data(await clipper.local())).toEqual(data(before));
    expect(before['meta:schemaVersion']).toBeUndefined();
    expect(Object.keys(before).filter((k) => k.startsWith('backup:'))).toEqual([]);
    await lib.page.close();
  } finally {
    await local.set({ [key]: original, 'meta:schemaVersion': 1 });
    await restartWorker(ext);
  }
});

test('D12 in the library: records set aside are reported in a banner; the rest can still be edited', async ({ ext }) => {
  await seed(ext, clips);
  const local = extensionStorageArea(ext, 'local');
  const lib = await LibraryPage.open(ext);
  await expect(lib.page.locator('[data-store-banner]')).toHaveCount(0);
  // The report the daily check writes; the banner follows it live.
  await local.set({ [QUARANTINE_REPORT_KEY]: { count: 2, entries: [] } });
  const banner = lib.page.locator('[data-store-banner="quarantine"]');
  await expect(banner).toContainText('2 clips could not be read. They were set aside, not deleted');
  await expect(lib.row('Harbour reopens after storm').getByRole('button', { name: /^Edit/ })).toBeEnabled();
  await lib.page.close();
});
