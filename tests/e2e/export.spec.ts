/**
 * Export in real Chromium: a clip saved through the popup stores its Markdown body beside it
 * (`md:<id>`); "Export all" in the library zips in the module worker and downloads one `.md`
 * per clip (front matter that parses, unique safe names) plus clips.json; clips saved without a
 * body get one stored by that export. The popup prefills the options' default tags and copies
 * the clip as Markdown.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { extensionStorageArea } from '../../scripts/lib/clip-flow';
import { readFrontMatter } from '../../utils/markdown/index';
import { expect, test } from './fixtures';
import { LibraryPage, generated, seed } from './support/library-page';

test.describe('export', () => {
  test('saved bodies, Export all through the worker, one parsable .md per clip', async ({ clipper, ext }) => {
    const article = await clipper.openPage('article.html');
    const { clip } = await clipper.clipAndSave(article);
    // The save does not wait for the body: it lands with the clip or just after it.
    const body = async () => (await clipper.local())[`md:${clip.id}`] as { body?: string; updatedAt?: string } | undefined;
    await expect.poll(async () => (await body())?.updatedAt).toBe(clip.updatedAt);
    const stored = await body();
    expect(stored?.body?.length).toBeGreaterThan(200);

    const others = generated(25);
    await seed(ext, others);
    const lib = await LibraryPage.open(ext, { waitForText: false });
    const workers: string[] = [];
    lib.page.on('worker', (w) => workers.push(w.url()));
    const download = lib.page.waitForEvent('download');
    await lib.page.getByRole('button', { name: 'Export all (.zip)' }).click();
    const zip = await download;
    await expect(lib.toast).toContainText('Exported 26 clips');
    expect(workers.some((url) => /zip-worker/.test(url))).toBe(true);
    expect(lib.cspMessages).toEqual([]);

    const files = unzipSync(new Uint8Array(readFileSync((await zip.path())!)));
    const names = Object.keys(files);
    const md = names.filter((n) => n.endsWith('.md'));
    expect(md).toHaveLength(26);
    expect(names).toContain('clips.json');
    expect(new Set(md.map((n) => n.toLowerCase())).size).toBe(md.length);
    for (const name of md) {
      expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[^/\\:*?"<>|]{1,110}\.md$/);
      const front = readFrontMatter(strFromU8(files[name]!));
      expect(typeof front?.title).toBe('string');
      expect(typeof front?.url).toBe('string');
    }
    const ours = md.map((n) => strFromU8(files[n]!)).find((t) => readFrontMatter(t)?.url === clip.url);
    expect(ours).toContain(stored!.body!.trim().slice(0, 80));
    const backup = JSON.parse(strFromU8(files['clips.json']!)) as { count: number };
    expect(backup.count).toBe(26);

    // The seeded clips had no stored body: the export made them and stored them.
    await expect
      .poll(async () => {
        const local = await clipper.local();
        return others.filter((c) => (local[`md:${c.id}`] as { updatedAt?: string } | undefined)?.updatedAt === c.updatedAt).length;
      })
      .toBe(others.length);
  });

  test('the popup starts with the default tags and copies the clip as Markdown', async ({ clipper, ext }) => {
    await extensionStorageArea(ext, 'local').set({
      settings: { filenamePattern: '{date}-{slug}', frontMatterFields: ['title', 'tags'], defaultTags: ['press review'], imageMode: 'remote' },
    });
    const article = await clipper.openPage('article.html');
    const draft = await clipper.pressAndWait(article);
    expect(draft.status).toBe('ready');
    const popup = await clipper.popup(draft.tabId);
    await expect(popup.main).toHaveAttribute('data-state', 'preview');
    await expect(popup.tags).toHaveValue('press review');
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(popup.page.locator('[data-field="copy-status"]')).toHaveText('Copied as Markdown.');
    const text = await popup.page.evaluate(() => navigator.clipboard.readText());
    const front = readFrontMatter(text);
    expect(front).toEqual({ title: await popup.title.inputValue(), tags: ['press review'] });
    expect(text).toMatch(/\n# .+\n/);
  });
});
