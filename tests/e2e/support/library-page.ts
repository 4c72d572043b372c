/** Page object for the library page (`library.html`) and helpers to fill the library. */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../../scripts/lib/chromium';
import { generateClips, seedExtension } from '../../../scripts/lib/library-data';
import { createClip, type Clip, type ExtractedClip } from '../../../utils/clip';

export class LibraryPage {
  readonly root: Locator;
  readonly search: Locator;
  readonly rows: Locator;
  readonly reader: FrameLocator;
  readonly readerPane: Locator;
  readonly toast: Locator;
  readonly note: Locator;
  readonly dialogs: string[] = [];
  readonly cspMessages: string[] = [];
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    this.root = page.locator('.library');
    this.search = page.getByRole('searchbox', { name: 'Search clips' });
    this.rows = page.locator('li.clip-row');
    this.reader = page.frameLocator('iframe.library-reader');
    this.readerPane = page.locator('.reader-pane');
    this.toast = page.locator('.toast');
    this.note = page.locator('#search-note');
    page.on('dialog', (d) => {
      this.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) this.cspMessages.push(m.text());
    });
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  static async open(ext: ExtensionBrowser, options: { waitForText?: boolean } = {}): Promise<LibraryPage> {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const lib = new LibraryPage(page);
    await page.goto(ext.extensionUrl('/library.html'));
    await lib.ready(options.waitForText ?? true);
    return lib;
  }

  /** The real list is shown (and, by default, article text is searchable too). */
  async ready(text = true): Promise<void> {
    await this.page.locator('.library[data-state="ready"]').waitFor({ timeout: 30_000 });
    if (text) await this.page.locator('.library[data-text="ready"]').waitFor({ timeout: 60_000 });
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.locator('.row-title', { hasText: title }) });
  }

  /** Titles of the rows in the DOM, top to bottom. */
  async titles(): Promise<string[]> {
    const rows = await this.rows.evaluateAll((els) =>
      els
        .map((el) => ({ i: Number((el as HTMLElement).dataset.index), t: el.querySelector('.row-title')?.textContent ?? '' }))
        .sort((a, b) => a.i - b.i)
        .map((r) => r.t),
    );
    return rows;
  }

  async query(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** "N of M clips" under the search box. */
  async shown(): Promise<number> {
    const text = (await this.note.textContent()) ?? '';
    const m = /([\d,]+) of [\d,]+ clips|^([\d,]+) clips/.exec(text);
    return Number((m?.[1] ?? m?.[2] ?? 'NaN').replace(/,/g, ''));
  }
}

/** A clip with everything chosen by the test (a real extraction result's shape). */
export function clipWith(overrides: Partial<ExtractedClip> & { id: string; tags?: string[]; note?: string; clippedAt?: string }): Clip {
  const text = overrides.text ?? 'The harbour reopened on Monday after six weeks of repairs to the storm-damaged quay.';
  const extracted: ExtractedClip = {
    url: `https://news.example/${overrides.id}?utm_source=feed`,
    canonicalUrl: `https://news.example/${overrides.id}`,
    title: 'Harbour reopens',
    byline: 'Ana Ruiz',
    authors: ['Ana Ruiz'],
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    published: '2024-05-06',
    modified: null,
    dateEvidence: { published: { source: 'meta', raw: '2024-05-06' }, modified: null },
    figures: [],
    leadImage: null,
    html: `<p>${text}</p>`,
    text,
    wordCount: text.split(/\s+/).length,
    readerable: true,
    reason: null,
    fromSelection: false,
    extractor: { name: 'news-clipper', version: 'e2e' },
    ...overrides,
  };
  const clip = createClip(extracted, { id: overrides.id, now: new Date(overrides.clippedAt ?? '2024-06-01T10:00:00Z'), tags: overrides.tags, note: overrides.note });
  return clip;
}

/** Stores clips as the extension does (storage transaction inside the service worker). */
export async function seed(ext: ExtensionBrowser, clips: readonly Clip[]): Promise<void> {
  await seedExtension(ext, clips, { batch: 200 });
}

/** `n` realistic clips from the fixture pages (scripts/lib/library-data.ts). */
export function generated(n: number, seedValue = 7): Clip[] {
  return generateClips(n, { seed: seedValue });
}
