/**
 * The library in real Chromium: seeded clips are listed (virtualized), searched (summary fields,
 * article text, typos, accents, Cyrillic), filtered and sorted, opened in the reading view,
 * edited, deleted and restored with Undo, selected many at a time, exported, and kept live when
 * a clip is saved elsewhere.
 */
import { readFileSync } from 'node:fs';
import { extensionStorageArea } from '../../scripts/lib/clip-flow';
import type { Clip } from '../../utils/clip';
import { createLocalLock } from '../../utils/storage/area';
import { getClip, saveClip } from '../../utils/storage/clip-store';
import { expect, test } from './fixtures';
import { LibraryPage, clipWith, generated, seed } from './support/library-page';

let background: Clip[] | null = null;
/** 40 realistic clips, made once per file (extraction of the fixture pages takes a few seconds). */
const many = () => (background ??= generated(40));

const zurich = clipWith({
  id: 'e2e-zurich-0001',
  title: 'Zürich opens a night tram line',
  siteName: 'Alpine Herald',
  authors: ['Jürgen Weiß'],
  published: '2023-03-01T08:00:00+01:00',
  dateEvidence: { published: { source: 'json-ld', raw: '2023-03-01T08:00:00+01:00' }, modified: null },
  text: 'The new line runs past the quayside warehouses every twenty minutes until two in the morning.',
  html:
    '<p>The new line runs past the quayside warehouses every twenty minutes until two in the morning.</p>' +
    '<figure><img src="https://img.alpine-herald.example/tram.jpg" alt="A tram at night"><figcaption><span class="caption">The first night tram leaves the depot.</span> <small class="credit">Photo: Lea Keller</small></figcaption></figure>',
  figures: [{ src: 'https://img.alpine-herald.example/tram.jpg', alt: 'A tram at night', caption: 'The first night tram leaves the depot.', credit: 'Photo: Lea Keller' }],
  tags: ['transport', 'night'],
  clippedAt: '2026-11-01T09:00:00Z',
});
const moscow = clipWith({
  id: 'e2e-moscow-0001',
  title: 'Метрополитен Северогорска перевёз миллион пассажиров',
  siteName: 'Вестник Приречья',
  authors: ['Алёна Журавлёва'],
  lang: 'ru',
  text: 'За первый месяц работы метро перевезло миллион пассажиров.',
  tags: ['город'],
  clippedAt: '2026-11-01T08:00:00Z',
});
const arabic = clipWith({
  id: 'e2e-arabic-0001',
  title: 'افتتاح مكتبة عامة جديدة',
  siteName: 'صحيفة الساحل',
  authors: ['ليلى حدّاد'],
  lang: 'ar',
  dir: 'rtl',
  text: 'افتُتحت يوم السبت مكتبة عامة جديدة في وسط المدينة.',
  clippedAt: '2026-11-01T07:00:00Z',
});

test.describe('library', () => {
  test('lists clips virtualized, searches summaries and article text, filters and sorts', async ({ clipper, ext }) => {
    await seed(ext, [...many(), zurich, moscow, arabic]);
    const lib = await LibraryPage.open(ext);
    await expect(lib.page.getByRole('heading', { level: 1 })).toHaveText('Your clips (43)');
    // Virtualized: a screenful of rows in the DOM, not 43.
    const inDom = await lib.rows.count();
    expect(inDom).toBeGreaterThan(3);
    expect(inDom).toBeLessThan(43);
    // Each row: title, site, authors, both dates, words, tags, thumbnail or placeholder.
    const first = lib.row('Zürich opens a night tram line');
    await expect(first.locator('[data-field="site"]')).toHaveText('Alpine Herald');
    await expect(first.locator('[data-field="authors"]')).toHaveText('Jürgen Weiß');
    await expect(first.locator('[data-field="published"]')).toContainText('Published Mar 1, 2023');
    await expect(first.locator('[data-field="clipped"]')).toContainText('Clipped Nov 1, 2026');
    await expect(first.locator('[data-field="words"]')).toContainText('words');
    await expect(first.locator('.tag')).toHaveText(['transport', 'night']);
    await expect(first.locator('[data-thumb]')).toHaveCount(1);

    // Accents folded both ways, a word only in the article text, a typo, Cyrillic, Arabic.
    await lib.query('zurich');
    await expect.poll(() => lib.titles()).toEqual(['Zürich opens a night tram line']);
    await lib.query('quayside warehouses');
    await expect.poll(() => lib.titles()).toEqual(['Zürich opens a night tram line']);
    await lib.query('Zuerich ');
    await expect.poll(() => lib.titles()).toEqual(['Zürich opens a night tram line']);
    await lib.query('warehuoses');
    await expect.poll(() => lib.titles()).toEqual(['Zürich opens a night tram line']);
    // Cyrillic: the title word, and a word of the text (other Russian clips may match more loosely; ours ranks first).
    await lib.query('метрополитен');
    await expect.poll(() => lib.titles().then((t) => t[0])).toBe(moscow.title);
    await lib.query('пассажиров ');
    await expect.poll(() => lib.titles().then((t) => t[0])).toBe(moscow.title);
    await lib.query('مكتبة');
    await expect.poll(() => lib.titles()).toContain(arabic.title);
    await lib.query('');
    await expect.poll(() => lib.shown()).toBe(43);

    // Filters: tag, site, date range; sort by title.
    await lib.page.getByLabel('Tag', { exact: true }).selectOption('night');
    await expect.poll(() => lib.titles()).toEqual(['Zürich opens a night tram line']);
    await lib.page.getByRole('button', { name: 'Clear filters' }).click();
    await lib.page.getByLabel('Site', { exact: true }).selectOption('Вестник Приречья');
    await expect.poll(() => lib.titles()).toContain(moscow.title);
    await lib.page.getByRole('button', { name: 'Clear filters' }).click();
    await lib.page.getByLabel('Date', { exact: true }).selectOption('published');
    await lib.page.getByLabel('From', { exact: true }).fill('2023-03-01');
    await lib.page.getByLabel('To', { exact: true }).fill('2023-03-01');
    await expect.poll(() => lib.titles()).toEqual(['Zürich opens a night tram line']);
    await lib.page.getByRole('button', { name: 'Clear filters' }).click();
    await lib.page.getByLabel('Sort', { exact: true }).selectOption('title');
    const sorted = await lib.titles();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
    await expect(lib.page.locator('.storage-meter')).toContainText(/Storage: [\d.]+ (KB|MB)/);
    expect(lib.errors).toEqual([]);
    expect(lib.cspMessages).toEqual([]);
    await lib.page.close();
    void clipper;
  });

  test('opens a clip in the reading view with its dates, evidence, figures and link, right to left when it should', async ({ clipper, ext }) => {
    await seed(ext, [zurich, arabic]);
    const lib = await LibraryPage.open(ext);
    await lib.row('Zürich opens a night tram line').locator('.row-title').click();
    const frame = lib.reader;
    await expect(frame.locator('h1')).toHaveText('Zürich opens a night tram line');
    await expect(frame.locator('.fact-published')).toContainText("found in the page's structured data (JSON-LD)");
    await expect(frame.locator('.fact-published')).toContainText('2023-03-01T08:00:00+01:00');
    await expect(frame.locator('.fact-original a')).toHaveAttribute('href', zurich.url);
    await expect(frame.locator('figure figcaption .caption')).toHaveText('The first night tram leaves the depot.');
    await expect(frame.locator('figure figcaption .credit')).toHaveText('Photo: Lea Keller');
    // The linked reader stylesheets load in the sandboxed srcdoc frame under the CSP.
    const title = frame.locator('h1');
    expect(await title.evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/system-ui|sans-serif/);
    expect(await frame.locator('.clip-body p').first().evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/Georgia|serif/);
    expect(await title.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe('undefined');
    await expect(lib.readerPane.getByRole('link', { name: 'Open original' })).toHaveAttribute('href', zurich.url);

    await lib.readerPane.getByRole('button', { name: 'Close' }).click();
    await lib.row(arabic.title).locator('.row-title').click();
    await expect(frame.locator('h1')).toHaveText(arabic.title);
    expect(await frame.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await frame.locator('html').getAttribute('lang')).toBe('ar');
    expect(await frame.locator('.clip-body p').first().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    expect(lib.cspMessages).toEqual([]);
    await lib.page.close();
    void clipper;
  });

  test('edits, deletes with undo, and selects many for delete and export', async ({ clipper, ext }) => {
    const clips = many().slice(0, 12);
    await seed(ext, [...clips, zurich]);
    const local = extensionStorageArea(ext, 'local');
    const lib = await LibraryPage.open(ext);

    // Edit title, tags and note from the row.
    await lib.row('Zürich opens a night tram line').getByRole('button', { name: /^Edit/ }).click();
    const form = lib.page.getByRole('form', { name: 'Edit clip' });
    await form.getByLabel('Title').fill('Zürich night trams every 20 minutes');
    await form.getByLabel('Tags').fill('transport, nightlife');
    await form.getByLabel('Note').fill('Check the winter timetable.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(lib.row('Zürich night trams every 20 minutes').locator('.tag')).toHaveText(['transport', 'nightlife']);
    await expect.poll(async () => (await getClip(local, zurich.id))?.note).toBe('Check the winter timetable.');
    expect((await getClip(local, zurich.id))!.title).toBe('Zürich night trams every 20 minutes');
    // The edit is searchable at once (note and new title).
    await lib.query('winter timetable');
    await expect.poll(() => lib.titles().then((t) => t[0])).toBe('Zürich night trams every 20 minutes');
    await lib.query('');

    // Delete one, then Undo brings back the very same record.
    const before = await getClip(local, zurich.id);
    await lib.row('Zürich night trams every 20 minutes').getByRole('button', { name: /^Delete/ }).click();
    await expect(lib.toast).toContainText('Deleted “Zürich night trams every 20 minutes”');
    await expect(lib.row('Zürich night trams every 20 minutes')).toHaveCount(0);
    expect(await getClip(local, zurich.id)).toBeNull();
    await lib.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(lib.row('Zürich night trams every 20 minutes')).toHaveCount(1);
    expect(await getClip(local, zurich.id)).toEqual(before);

    // Select many: a click, then shift+click selects the range.
    await lib.page.getByLabel('Sort', { exact: true }).selectOption('title');
    const titles = await lib.titles();
    await lib.row(titles[0]!).locator('.row-select').click();
    await lib.row(titles[3]!).locator('.row-select').click({ modifiers: ['Shift'] });
    await expect(lib.page.locator('.selection-count')).toHaveText('4 selected');
    // Export the selection: one zip.
    const download = lib.page.waitForEvent('download');
    await lib.page.getByRole('button', { name: 'Export selected' }).click();
    const zip = await download;
    expect(zip.suggestedFilename()).toMatch(/^news-clips-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = readFileSync((await zip.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // Delete the selection, then undo.
    await lib.page.getByRole('button', { name: 'Delete selected' }).click();
    await expect(lib.toast).toContainText('Deleted 4 clips');
    await expect.poll(() => lib.shown()).toBe(9);
    await expect(lib.page.locator('.selection-count')).toHaveText('None selected');
    await lib.toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => lib.shown()).toBe(13);
    expect((await clipper.summaries()).length).toBe(13);

    // Select all shown (after a search) counts only what is shown.
    await lib.query('zurich');
    await lib.page.getByLabel(/Select all \d+ shown/).check();
    await expect(lib.page.locator('.selection-count')).toHaveText('1 selected');
    // Export one clip as Markdown from the row.
    const md = lib.page.waitForEvent('download');
    await lib.row('Zürich night trams every 20 minutes').getByRole('button', { name: /^Export/ }).click();
    const file = await md;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    expect(readFileSync((await file.path())!, 'utf8')).toContain('title: "Zürich night trams every 20 minutes"');
    expect(lib.errors).toEqual([]);
    await lib.page.close();
  });

  test('follows saves, edits and deletes made elsewhere, live', async ({ clipper, ext }) => {
    await seed(ext, many().slice(0, 5));
    const lib = await LibraryPage.open(ext);
    await expect.poll(() => lib.shown()).toBe(5);
    // Another tab saves a clip: it appears, and its article text is searchable.
    const local = extensionStorageArea(ext, 'local');
    await saveClip(local, clipWith({ id: 'e2e-live-0001', title: 'Ferry strike called off', text: 'Unions and the operator agreed on a new rota for deckhands.', clippedAt: '2026-10-31T10:00:00Z' }), createLocalLock());
    await expect.poll(() => lib.shown()).toBe(6);
    await expect.poll(() => lib.titles().then((t) => t[0])).toBe('Ferry strike called off');
    await lib.query('deckhands');
    await expect.poll(() => lib.titles()).toEqual(['Ferry strike called off']);
    // An edit and a delete from elsewhere (the background's own messages).
    await lib.page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        id: 1,
        type: 'editClip',
        data: { id: 'e2e-live-0001', edits: { title: 'Ferry strike over' } },
        timestamp: Date.now(),
      }),
    );
    await expect.poll(() => lib.titles()).toEqual(['Ferry strike over']);
    await lib.page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        id: 2,
        type: 'deleteClips',
        data: { ids: ['e2e-live-0001'] },
        timestamp: Date.now(),
      }),
    );
    await expect.poll(() => lib.shown()).toBe(0);
    await lib.query('');
    await expect.poll(() => lib.shown()).toBe(5);
    await lib.page.close();
    void clipper;
  });

  test('reopens with the saved text index and the remembered first screen', async ({ clipper, ext }) => {
    await seed(ext, [...many().slice(0, 8), zurich]);
    let lib = await LibraryPage.open(ext);
    await lib.page.close();
    // Reopened: the first rows come from the remembered head, the text index from IndexedDB.
    lib = await LibraryPage.open(ext, { waitForText: true });
    const marks = await lib.page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(marks).toEqual(expect.arrayContaining(['library-first-rows', 'library-summaries', 'library-text-vocabulary', 'library-text-ready']));
    await lib.query('quayside');
    await expect.poll(() => lib.titles()).toEqual(['Zürich opens a night tram line']);
    await lib.page.close();
    void clipper;
  });

  test('is reachable from the popup: Open library after Save shows the new clip first', async ({ clipper, ext }) => {
    const { clip, popup } = await clipper.clipAndSave(await clipper.openPage('article.html'));
    const opened = ext.context.waitForEvent('page');
    await popup.page.getByRole('button', { name: 'Open library' }).click();
    const page = await opened;
    expect(page.url()).toBe(ext.extensionUrl('/library.html'));
    const lib = new LibraryPage(page);
    await lib.ready(false);
    await expect(lib.page.getByRole('heading', { level: 1 })).toHaveText('Your clips (1)');
    await expect(lib.rows.first().locator('.row-title')).toHaveText(clip.title);
    await page.close();
  });
});
