/**
 * Storage faults in real Chromium (reliability.md D1, D2, D5, D7, D8, D12): a full store, many
 * writers at once, a popup that closes right after Save, a service worker stopped between steps,
 * and a damaged record. In every case nothing is lost and nothing is written twice.
 */
import path from 'node:path';
import { ROOT, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { clipThroughToolbar, extensionStorageArea, openPopup, readClips, waitForDraft } from '../../scripts/lib/clip-flow';
import { createClip, type Clip, type ExtractedClip } from '../../utils/clip';
import { ERROR_SENTENCES } from '../../utils/clip-errors';
import { createLocalLock } from '../../utils/storage/area';
import { saveClip } from '../../utils/storage/clip-store';
import { clipKey } from '../../utils/storage/keys';
import { QUARANTINE_REPORT_KEY, quarantineKey } from '../../utils/storage/quarantine';
import type { StoreStatus } from '../../utils/storage/status';
import { expect, test } from './fixtures';
import { PopupPage } from './support/popup-page';
import { stopServiceWorker } from './support/hostile';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ res?: unknown; err?: { message?: string } } | undefined> };
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
      QUOTA_BYTES: number;
    };
  };
};

const QUOTA_BUILD = path.join(ROOT, '.output/chrome-mv3-quota-test');

function extracted(n: number, html = `<p>Story ${n} text.</p>`): ExtractedClip {
  return {
    url: `https://news.example/story-${n}`,
    canonicalUrl: `https://news.example/story-${n}`,
    title: `Story number ${n}`,
    byline: null,
    authors: ['Ana Ruiz'],
    siteName: 'Example News',
    lang: 'en',
    dir: null,
    excerpt: null,
    published: '2025-01-02T10:00:00Z',
    modified: null,
    dateEvidence: { published: null, modified: null },
    figures: [],
    leadImage: null,
    html,
    text: `Story ${n} text.`,
    wordCount: 3,
    readerable: true,
    reason: null,
    fromSelection: false,
    extractor: { name: 'news-clipper', version: 'seed' },
  };
}

const clipNo = (n: number, html?: string): Clip =>
  createClip(extracted(n, html), { id: `faultClip${String(n).padStart(6, '0')}`, now: new Date(Date.UTC(2025, 0, 1, 0, n)) });

/** Every `clip:` record, keyed, exactly as stored. */
async function clipRecords(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  const all = await ext.evaluate(() => chrome.storage.local.get(null), undefined);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('clip:')));
}

/** Sends a message to the background from an extension page, the way the pages do. */
function send(page: import('@playwright/test').Page, type: string, data?: unknown) {
  return page.evaluate(([t, d]) => chrome.runtime.sendMessage({ id: Math.random(), type: t, data: d, timestamp: Date.now() }), [type, data] as const);
}

test('D1/D2 the real 10 MiB quota (build without unlimitedStorage): a clear message, the draft kept, no clip changed; Save works once there is room', async ({ server }) => {
  test.slow();
  const ext = await launchWithExtension({ extensionDir: QUOTA_BUILD });
  try {
    const quota = await ext.evaluate(() => chrome.storage.local.QUOTA_BYTES, undefined);
    expect(quota).toBe(10 * 1024 * 1024);
    // Chrome counts JSON-escaped bytes, and a write over quota fails as a whole (reliability.md §1.7).
    const refused = await ext.evaluate(
      () => chrome.storage.local.set({ a: 'x', quotes: '"'.repeat(6 * 2 ** 20) }).then(() => 'stored', (e: Error) => e.message),
      undefined,
    );
    expect(refused).toMatch(/quota/i);
    expect(await ext.evaluate(() => chrome.storage.local.get(['a', 'quotes']), undefined)).toEqual({});

    // Existing clips (1 MiB of article each), then filler up to a few hundred bytes below the quota.
    const local = extensionStorageArea(ext, 'local');
    const lock = createLocalLock();
    for (let n = 1; n <= 8; n++) await saveClip(local, clipNo(n, `<p>${'Archive text. '.repeat(75_000)}</p>`), lock);
    const used = await ext.evaluate(() => chrome.storage.local.getBytesInUse(null), undefined);
    const room = quota - used;
    expect(room).toBeGreaterThan(2_000);
    await ext.evaluate((size) => chrome.storage.local.set({ filler: 'f'.repeat(size) }), room - 400 - 'filler'.length - 2);
    const before = await clipRecords(ext);
    expect(Object.keys(before)).toHaveLength(8);

    const page = await ext.context.newPage();
    await page.goto(server.url('article.html'));
    const since = await ext.pressAction(page);
    const draft = await waitForDraft(ext, { url: page.url(), since: since - 5, status: ['ready'] });
    const popup = new PopupPage(await openPopup(ext, draft.tabId));
    await popup.note.fill('my note, still here after the failure');
    await popup.save.click();
    await expect(popup.page.getByRole('alert')).toHaveText(ERROR_SENTENCES['storage-full']);
    await expect(popup.save).toBeEnabled();
    await expect(popup.note).toHaveValue('my note, still here after the failure');
    // The draft is kept (popup state and storage.session); no clip changed, none was added.
    const kept = await waitForDraft(ext, { tabId: draft.tabId, status: ['ready'] });
    expect(kept.extracted?.title).toBe('Island ferry to run every hour this summer');
    expect(await clipRecords(ext)).toEqual(before);

    // Make room (as the user would by deleting or exporting), and the same draft saves.
    await ext.evaluate(() => chrome.storage.local.remove('filler'), undefined);
    await popup.save.click();
    await expect(popup.saved).toBeVisible();
    const after = await clipRecords(ext);
    expect(Object.keys(after)).toHaveLength(9);
    expect(after[clipKey(draft.clipId)]).toMatchObject({ note: 'my note, still here after the failure' });
    for (const [k, v] of Object.entries(before)) expect(after[k]).toEqual(v);
  } finally {
    await ext.close();
  }
});

test('D5 two extension pages saving 50 clips each at the same moment: 100 clips, 100 summaries, 100 index entries', async ({ clipper, ext }) => {
  const pages = [await ext.context.newPage(), await ext.context.newPage()];
  for (const p of pages) await p.goto(ext.extensionUrl('/popup.html?tabId=999999'));
  const results = await Promise.all(
    pages.map((p, side) =>
      p.evaluate(
        (records) =>
          Promise.all(records.map((clip) => chrome.runtime.sendMessage({ id: Math.random(), type: 'restoreClips', data: { clips: [clip] }, timestamp: Date.now() }))),
        Array.from({ length: 50 }, (_, i) => clipNo(side * 50 + i + 1)),
      ),
    ),
  );
  expect(results.flat().filter((r) => (r?.res as { ok?: boolean } | undefined)?.ok !== true)).toEqual([]);
  const clips = await clipper.clips();
  expect(clips).toHaveLength(100);
  expect(new Set((await clipper.summaries()).map((s) => s.id)).size).toBe(100);
  const local = await clipper.local();
  const indexed = Object.entries(local)
    .filter(([k]) => k.startsWith('url:'))
    .flatMap(([, bucket]) => Object.values(bucket as Record<string, string[]>).flat());
  expect(new Set(indexed).size).toBe(100);
  for (const p of pages) await p.close();
});

test('D7 the popup closed right after Save: the clip exists', async ({ clipper }) => {
  const page = await clipper.openPage('article.html');
  const draft = await clipper.pressAndWait(page, { status: ['ready'] });
  const popup = await clipper.popup(draft.tabId);
  await popup.tags.fill('closed-at-once');
  await popup.save.click();
  await popup.page.close();
  await expect.poll(async () => (await clipper.clips()).map((c) => [c.id, c.tags]), { timeout: 10_000 }).toEqual([[draft.clipId, ['closed-at-once']]]);
});

test('D8 the service worker stopped between steps: the draft survives, Save lands once, a retried save adds nothing', async ({ clipper, ext }) => {
  const page = await clipper.openPage('article.html');
  const draft = await clipper.pressAndWait(page, { status: ['ready'] });
  await stopServiceWorker(ext);
  // A new worker with empty memory serves the popup from the stored draft: same clip id.
  const popup = await clipper.popup(draft.tabId);
  await expect(popup.title).toHaveValue('Island ferry to run every hour this summer');
  expect((await clipper.drafts()).find((d) => d.tabId === draft.tabId)?.clipId).toBe(draft.clipId);
  await stopServiceWorker(ext);
  await popup.save.click();
  await expect(popup.saved).toBeVisible();
  // The worker dies again and the same save arrives once more (a retry): still one clip.
  await stopServiceWorker(ext);
  const retried = await send(popup.page, 'saveDraft', { tabId: draft.tabId, edits: { title: 'Island ferry', tags: [], note: '' }, choice: 'new' });
  expect(retried?.res).toMatchObject({ ok: true, clip: { id: draft.clipId } });
  const clips = await clipper.clips();
  expect(clips.map((c) => c.id)).toEqual([draft.clipId]);
  expect((await clipper.summaries()).map((s) => s.id)).toEqual([draft.clipId]);
});

test('D12 a damaged record is moved aside (never deleted) and reported; the library still loads the rest', async ({ clipper, ext }) => {
  const local = extensionStorageArea(ext, 'local');
  const lock = createLocalLock();
  const good = [clipNo(1), clipNo(2)];
  for (const clip of good) await saveClip(local, clip, lock);
  // Damage after indexing: the summary still lists it, but the record is no longer a clip.
  const damaged = clipNo(3);
  await saveClip(local, damaged, lock);
  const broken = { ...damaged, title: 42, html: null };
  await local.set({ [clipKey(damaged.id)]: broken, 'clip:notAClipAtAll01': 'garbage' });

  // The next service-worker start runs the daily check (none has run on this store yet).
  await stopServiceWorker(ext);
  const library = await ext.context.newPage();
  await library.goto(ext.extensionUrl('/library.html'));
  const status = await send(library, 'storeStatus');
  expect(status?.err).toBeUndefined();
  await expect.poll(async () => Object.keys(await local.get(null)).filter((k) => k.startsWith('bad:')).sort(), { timeout: 10_000 }).toEqual(
    [quarantineKey(clipKey(damaged.id)), quarantineKey('clip:notAClipAtAll01')].sort(),
  );
  const stored = await local.get(null);
  expect(stored[quarantineKey(clipKey(damaged.id))]).toMatchObject({ key: clipKey(damaged.id), value: broken, reason: expect.stringMatching(/title/) });
  expect(stored[quarantineKey('clip:notAClipAtAll01')]).toMatchObject({ value: 'garbage' });
  expect(stored[clipKey(damaged.id)]).toBeUndefined();
  expect(stored[QUARANTINE_REPORT_KEY]).toMatchObject({ count: 2 });
  expect((await clipper.summaries()).map((s) => s.id).sort()).toEqual(good.map((c) => c.id).sort());

  const after = (await send(library, 'storeStatus'))?.res as StoreStatus;
  expect(after).toMatchObject({ readOnly: null, quarantine: { count: 2 } });
  // The library lists what it can read and opens it.
  await library.reload();
  await expect(library.getByRole('heading', { level: 1 })).toContainText('(2)');
  await library.locator('button[data-control="open"]').first().click();
  await expect(library.frameLocator('iframe.reader-frame').getByText(/Story \d text\./)).toBeVisible();

  // A record damaged later, found by the library when it cannot open it: checkClips moves it.
  await local.set({ [clipKey(good[0]!.id)]: { ...good[0], wordCount: 'many' } });
  const checked = await send(library, 'checkClips', { ids: [good[0]!.id, good[1]!.id] });
  expect(checked?.res).toMatchObject({ moved: [clipKey(good[0]!.id)], report: { count: 3 } });
  expect(await readClips(ext)).toEqual([good[1]]);
  await library.close();
});

test('S11 malformed and oversized messages are refused with an error; the worker keeps working', async ({ clipper, ext }) => {
  const page = await ext.extensionPage();
  const cases: Array<[string, unknown]> = [
    ['saveDraft', { tabId: 'seven', edits: null, choice: 'new' }],
    ['saveDraft', { tabId: 1, edits: { title: 'x', tags: 'a,b', note: '' }, choice: 'new' }],
    ['openClip', { tabId: -1 }],
    ['editClip', { id: '../../etc', edits: { title: 'x' } }],
    ['deleteClips', { ids: ['ok-id-12345', { $gt: '' }] }],
    ['updateDraft', { tabId: 1, edits: { title: 'x', tags: [], note: 'n'.repeat(300_000) } }],
    ['restoreClips', { clips: 'all of them' }],
    ['openClip', { tabId: 1, url: 'chrome://settings' }],
    ['noSuchMessage', {}],
  ];
  for (const [type, data] of cases) {
    const answer = await send(page, type, data);
    if (type === 'noSuchMessage') expect(answer).toBeUndefined();
    else expect(answer?.err?.message, `${type} ${JSON.stringify(data).slice(0, 80)}`).toMatch(/Refused a malformed/);
  }
  for (const junk of [null, 'hello', 42, [1, 2], { type: 'saveDraft' }]) {
    await page.evaluate((m) => chrome.runtime.sendMessage(m).catch(() => undefined), junk);
  }
  // Still serving: a real clip goes through.
  const article = await clipper.openPage('article.html');
  const draft = await clipper.pressAndWait(article, { status: ['ready'] });
  expect(draft.extracted?.title).toBe('Island ferry to run every hour this summer');
  expect(await clipper.clips()).toEqual([]);
});

test('D9/D11 stored data newer than the code: read-only, with the banner, and nothing written', async ({ clipper, ext }) => {
  await ext.evaluate(() => chrome.storage.local.set({ 'meta:schemaVersion': 99 }), undefined);
  await stopServiceWorker(ext);
  const before = await clipper.local();
  const page = await clipper.openPage('article.html');
  const outcome = await clipThroughToolbar(ext, page, { save: false });
  const popup = new PopupPage(outcome.popup);
  await expect(popup.page.locator('[data-store-banner="read-only"]')).toContainText('Your clips are read-only for now.');
  await expect(popup.page.locator('[data-store-banner="read-only"]')).toContainText('schema 99');
  await expect(popup.save).toBeDisabled();
  const refused = await send(popup.page, 'saveDraft', { tabId: outcome.draft.tabId, edits: { title: 't', tags: [], note: '' }, choice: 'new' });
  expect(refused?.res).toMatchObject({ ok: false, code: 'read-only' });
  const status = (await send(popup.page, 'storeStatus'))?.res as StoreStatus;
  expect(status.readOnly).toMatch(/newer version/);
  expect(await clipper.local()).toEqual(before);
  await outcome.popup.close();
  // The worker keeps its verdict in memory: the tests after this one get a fresh worker.
  await ext.evaluate(() => chrome.storage.local.remove('meta:schemaVersion'), undefined);
  await stopServiceWorker(ext);
});
