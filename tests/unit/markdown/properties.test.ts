/**
 * Property tests over generated hostile HTML: whatever the clip holds, the Markdown has no raw
 * HTML, links only to http(s)/mailto, images only from http(s) or raster data: URLs, no fence
 * language outside the allowlist and no Templater tag. Fixed seed, bounded runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../utils/clip';
import { EXECUTABLE_FENCE_LANGUAGES, clipToMarkdown } from '../../../utils/markdown/index';
import { auditMarkdown, bodyOf, makeClip, win } from './helpers';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const url = fc.constantFrom(
  'https://a.example/x',
  'http://b.example/y?q=1&r=(2)',
  'mailto:desk@news.example',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java&#x09;script:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz4=',
  'data:image/png;base64,iVBORw0KGgo=',
  '#frag',
  '/relative path',
  'https://x.example/a b',
  'https://x.example/<tag>',
  'file:///etc/passwd',
);

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('<% tp.system.prompt() %>', '<script>x</script>', '<img src=x onerror=1>', '%%c%%', '{{t}}', '[[w]]', '---', '```js', '| a |', '&lt;b&gt;', '\\', '*', '`', '# h', '> q', '1. x'),
);
const lang = fc.oneof(
  fc.constantFrom('js', 'dataviewjs', 'DATAVIEW', 'templater', 'button', 'tasks', 'c++', 'x y', '"><img>', 'a'.repeat(30), 'meta-bind-js-view'),
  fc.string({ maxLength: 8 }),
);


const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(esc),
    fc.tuple(url, tie('node')).map(([u, c]) => `<a href="${esc(u)}">${c}</a>`),
    fc.tuple(url, text).map(([u, a]) => `<img src="${esc(u)}" alt="${esc(a)}">`),
    fc.tuple(lang, text).map(([l, c]) => `<pre><code class="language-${esc(l)}">${esc(c)}</code></pre>`),
    text.map((c) => `<code>${esc(c)}</code>`),
    fc.tuple(url, text, text).map(([u, c, r]) => `<figure><img src="${esc(u)}"><figcaption>${esc(c)} <small class="credit">${esc(r)}</small></figcaption></figure>`),
    fc.array(tie('node'), { maxLength: 3 }).map((cs) => `<p>${cs.join(' ')}</p>`),
    fc.array(tie('node'), { maxLength: 3 }).map((cs) => `<ul>${cs.map((c) => `<li>${c}</li>`).join('')}</ul>`),
    fc.array(fc.array(tie('node'), { maxLength: 3 }), { maxLength: 3 }).map(
      (rows) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`,
    ),
    tie('node').map((c) => `<blockquote>${c}</blockquote>`),
    tie('node').map((c) => `<h2>${c}</h2>`),
    fc.constantFrom('<form><input name="x"><button>b</button></form>', '<style>p{color:red}</style>', '<svg onload=alert(1)></svg>', '<iframe src="https://e.example"></iframe>', '<!-- <% c %> -->', '<br>'),
  ),
})).node;

const figure: fc.Arbitrary<Figure> = fc.record({
  src: url,
  alt: text,
  caption: fc.option(text, { nil: null }),
  credit: fc.option(text, { nil: null }),
});

const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)/i;
const ALLOWED_IMAGE = /^(?:https?:\/\/|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i;

describe('Markdown safety (property)', () => {
  it('never holds raw HTML, unsafe links, unknown fence languages or Templater tags', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), fc.array(figure, { maxLength: 3 }), text, (parts, figures, title) => {
        const md = clipToMarkdown(makeClip({ html: parts.join('\n'), figures, title }), { window: win });
        // Front matter is YAML, not Markdown: audit the body; the YAML has its own tests.
        const audit = auditMarkdown(bodyOf(md));
        expect(audit.htmlTokens).toEqual([]);
        for (const href of audit.links) expect(href).toMatch(ALLOWED_LINK);
        for (const src of audit.images) expect(src).toMatch(ALLOWED_IMAGE);
        for (const info of audit.fences) {
          expect(info === '' || /^[a-z0-9+#-]{1,20}$/.test(info)).toBe(true);
          expect(EXECUTABLE_FENCE_LANGUAGES.has(info)).toBe(false);
        }
        expect(md).not.toMatch(/\]\(\s*<?\s*(?:javascript|vbscript|data:text)/i);
        expect(md).not.toContain('<%');
      }),
      { seed: 424242, numRuns: 150 },
    );
  });
});
