/**
 * The sanitizer against a table of payloads (reliability.md S1–S10), in the style of DOMPurify's
 * test/fixtures/expect.mjs: each row is { id, title, payload, expected } and `expected` is the
 * exact clean HTML. Rows are grouped by checklist id; the ids are in the test names.
 */
import type { WindowLike } from 'dompurify';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHtml } from '../../../scripts/lib/dom';
import { sanitizeHtml } from '../../../utils/sanitize';

const page = loadHtml('<p></p>', 'https://news.example/a');
const win = page.window as unknown as WindowLike;
const clean = (html: string) => sanitizeHtml(html, win);
afterAll(() => page.close());

interface Row {
  id: string;
  title: string;
  payload: string;
  expected: string;
}

const A = (href: string, text: string) => `<a href="${href}" rel="noopener noreferrer" target="_blank">${text}</a>`;
const IMG = (attrs: string) => `<img ${attrs} loading="lazy" referrerpolicy="no-referrer">`;

const ROWS: Row[] = [
  // S1: event handlers
  { id: 'S1', title: 'img onerror', payload: '<img src="https://i.example/a.jpg" onerror="alert(1)">', expected: IMG('src="https://i.example/a.jpg"') },
  { id: 'S1', title: 'p onclick and onmouseover', payload: '<p onclick="alert(1)" onmouseover="alert(2)">Text</p>', expected: '<p>Text</p>' },
  { id: 'S1', title: 'upper-case handler', payload: '<P ONCLICK="alert(1)">Text</P>', expected: '<p>Text</p>' },
  { id: 'S1', title: 'details ontoggle', payload: '<details open ontoggle="alert(1)"><summary>s</summary>x</details>', expected: '<details open=""><summary>s</summary>x</details>' },
  { id: 'S1', title: 'body onload', payload: '<body onload="alert(1)"><p>x</p></body>', expected: '<p>x</p>' },
  { id: 'S1', title: 'script element with content', payload: '<p>a</p><script>alert(1)</script><p>b</p>', expected: '<p>a</p><p>b</p>' },
  { id: 'S1', title: 'handler split by a slash', payload: '<img/src="https://i.example/a.jpg"/onerror=alert(1)>', expected: IMG('src="https://i.example/a.jpg"') },
  // S2: javascript: spellings
  { id: 'S2', title: 'javascript: link', payload: '<a href="javascript:alert(1)">x</a>', expected: '<a>x</a>' },
  { id: 'S2', title: 'mixed case', payload: '<a href="JaVaScRiPt:alert(1)">x</a>', expected: '<a>x</a>' },
  { id: 'S2', title: 'leading space', payload: '<a href=" javascript:alert(1)">x</a>', expected: '<a>x</a>' },
  { id: 'S2', title: 'tab inside the scheme', payload: '<a href="java&#x09;script:alert(1)">x</a>', expected: '<a>x</a>' },
  { id: 'S2', title: 'newline inside the scheme', payload: '<a href="java&#10;script:alert(1)">x</a>', expected: '<a>x</a>' },
  { id: 'S2', title: 'entity-encoded colon', payload: '<a href="javascript&colon;alert(1)">x</a>', expected: '<a>x</a>' },
  { id: 'S2', title: 'numeric entities for the whole scheme', payload: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>', expected: '<a>x</a>' },
  // The parser turns NUL into U+FFFD; a scheme must start with an ASCII letter, so what is left
  // is a relative link (to "%EF%BF%BDjavascript:…" on the same site), never a javascript: URL.
  { id: 'S2', title: 'NUL before the scheme becomes a harmless relative link', payload: '<a href="\u0000javascript:alert(1)">x</a>', expected: A('\ufffdjavascript:alert(1)', 'x') },
  { id: 'S2', title: 'javascript: in an image', payload: '<img src="javascript:alert(1)" alt="a">', expected: IMG('alt="a"') },
  { id: 'S2', title: 'javascript: in formaction on a kept element', payload: '<a formaction="javascript:alert(1)" href="https://a.example/">x</a>', expected: A('https://a.example/', 'x') },
  // S3: data: and vbscript:
  { id: 'S3', title: 'data:text/html link', payload: '<a href="data:text/html,<script>alert(1)</script>">x</a>', expected: '<a>x</a>' },
  { id: 'S3', title: 'data:text/html base64', payload: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', expected: '<a>x</a>' },
  { id: 'S3', title: 'vbscript: link', payload: '<a href="vbscript:msgbox(1)">x</a>', expected: '<a>x</a>' },
  { id: 'S3', title: 'svg data: image dropped', payload: '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="s">', expected: IMG('alt="s"') },
  { id: 'S3', title: 'raster data: image kept', payload: '<img src="data:image/png;base64,iVBORw0KGgo=" alt="p">', expected: IMG('src="data:image/png;base64,iVBORw0KGgo=" alt="p"') },
  { id: 'S3', title: 'data: image with a script-like payload dropped', payload: '<img src="data:text/html;base64,PHNjcmlwdD4=">', expected: IMG('') .replace('<img  ', '<img ') },
  { id: 'S3', title: 'http(s), mailto, relative and fragment links kept', payload: '<a href="https://a.example/x">1</a><a href="mailto:d@n.example">2</a><a href="/r">3</a><a href="#f">4</a>', expected: A('https://a.example/x', '1') + A('mailto:d@n.example', '2') + A('/r', '3') + A('#f', '4') },
  { id: 'S3', title: 'tel:, file: and unknown schemes dropped', payload: '<a href="tel:123">1</a><a href="file:///etc/passwd">2</a><a href="chrome://settings">3</a>', expected: '<a>1</a><a>2</a><a>3</a>' },
  // S4: frames and embeds
  { id: 'S4', title: 'iframe with a video-looking attribute', payload: '<iframe src="https://evil.example" data-x="//www.youtube.com/embed/x"></iframe><p>t</p>', expected: '<p>t</p>' },
  { id: 'S4', title: 'iframe srcdoc', payload: '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>', expected: '' },
  { id: 'S4', title: 'object, embed, frame', payload: '<object data="javascript:alert(1)"></object><embed src="https://e.example/x.swf"><frameset><frame src="x"></frameset><p>t</p>', expected: '<p>t</p>' },
  // S5: styles
  { id: 'S5', title: '<style> inside a div', payload: '<div><style>body{display:none}</style><p>t</p></div>', expected: '<div><p>t</p></div>' },
  { id: 'S5', title: '<link rel=stylesheet>', payload: '<link rel="stylesheet" href="https://e.example/x.css"><p>t</p>', expected: '<p>t</p>' },
  // S6: forms
  { id: 'S6', title: 'phishing form', payload: '<form action="https://evil.example"><p>Password:</p><input type="password" name="p"><button formaction="javascript:alert(1)">Go</button><select><option>a</option></select><textarea>t</textarea></form>', expected: '<p>Password:</p>Goat' },
  { id: 'S6', title: 'dialog unwrapped to its text', payload: '<dialog open><p>Log in again</p></dialog>', expected: '<p>Log in again</p>' },
  // S7: tracking and autoplay
  { id: 'S7', title: 'style attribute with a remote background', payload: '<p style="background:url(https://t.example/p.gif)">t</p>', expected: '<p>t</p>' },
  { id: 'S7', title: 'autoplay removed from video and audio', payload: '<video autoplay src="https://m.example/v.mp4"></video><audio autoplay src="https://m.example/a.mp3"></audio>', expected: '<video src="https://m.example/v.mp4"></video><audio src="https://m.example/a.mp3"></audio>' },
  { id: 'S7', title: 'images never send a referrer; ping removed', payload: '<a href="https://a.example/" ping="https://t.example/">x</a><img src="https://i.example/p.gif" width="1" height="1">', expected: A('https://a.example/', 'x') + IMG('src="https://i.example/p.gif" width="1" height="1"') },
  // S8: clobbering
  { id: 'S8', title: 'id and name prefixed', payload: '<img name="config" id="documentElement" src="https://i.example/a.jpg">', expected: IMG('src="https://i.example/a.jpg" id="user-content-documentElement" name="user-content-config"') },
  { id: 'S8', title: 'form clobbering attributes gone with the form', payload: '<form name="createElement"><input name="getElementsByTagName"></form><p id="app">t</p>', expected: '<p id="user-content-app">t</p>' },
  // S9: mutation XSS and foreign content (DOMPurify fuzz seeds)
  { id: 'S9', title: 'svg onload', payload: '<svg onload="alert(1)"><circle r="1"></circle></svg><p>t</p>', expected: '<p>t</p>' },
  { id: 'S9', title: 'math/mglyph/style mXSS', payload: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>', expected: '' },
  { id: 'S9', title: 'noscript title breakout', payload: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', expected: '<p></p>' },
  { id: 'S9', title: 'template content', payload: '<template><img src=x onerror=alert(1)></template><p>t</p>', expected: '<p>t</p>' },
  { id: 'S9', title: 'comment breakout', payload: '<!--><img src=x onerror=alert(1)>--><p>t</p>', expected: IMG('src="x"') + '--&gt;<p>t</p>' },
  { id: 'S9', title: 'base and meta refresh', payload: '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>t</p>', expected: '<p>t</p>' },
  { id: 'S9', title: 'xmp / plaintext raw text', payload: '<xmp><img src=x onerror=alert(1)></xmp><p>t</p>', expected: '<p>t</p>' },
  // S10: sanitizing is the last step: a second pass changes nothing
  { id: 'S10', title: 'a figure survives two passes unchanged', payload: '<figure><img src="https://i.example/a.jpg" alt="A"><figcaption>Cap <small>Photo: X</small></figcaption></figure>', expected: '<figure>' + IMG('src="https://i.example/a.jpg" alt="A"') + '<figcaption>Cap <small>Photo: X</small></figcaption></figure>' },
  { id: 'S10', title: 'text that looks like markup stays text', payload: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', expected: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' },
  { id: 'S10', title: 'direction, language, tables and lists kept', payload: '<div dir="rtl" lang="ar"><ol start="3"><li>a</li></ol><table><tbody><tr><td colspan="2">x</td></tr></tbody></table><time datetime="2025-01-02">d</time></div>', expected: '<div dir="rtl" lang="ar"><ol start="3"><li>a</li></ol><table><tbody><tr><td colspan="2">x</td></tr></tbody></table><time datetime="2025-01-02">d</time></div>' },
];

describe('sanitizer payload table (S1–S10)', () => {
  for (const row of ROWS) {
    it(`${row.id} ${row.title}`, () => {
      const out = clean(row.payload);
      expect(out).toBe(row.expected);
      // Every row is also a fixed point: sanitizing clean HTML again changes nothing (S10).
      expect(clean(out)).toBe(out);
    });
  }

  it('covers every id from S1 to S10 except S9-only browser checks', () => {
    expect(new Set(ROWS.map((r) => r.id))).toEqual(new Set(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10']));
  });
});
