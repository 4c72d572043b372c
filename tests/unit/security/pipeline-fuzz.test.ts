/**
 * The whole chain fuzzed with fast-check (issue 6 item 5, reliability.md §6.3): a hostile news
 * page → extractClip → the stored clip → the second sanitizer wall → Markdown → front matter →
 * file name. Whatever the page holds:
 *   - extraction returns a valid clip or throws an ExtractError (never anything else);
 *   - the clip's html is clean (no script, handler, style, forbidden element, unsafe URL or
 *     clobbering name), sanitizing it again at render keeps it clean, and a third pass changes
 *     nothing;
 *   - the Markdown holds no raw HTML and links only to http(s)/mailto;
 *   - the front matter parses back (YAML) and its title is the clip's title on one line;
 *   - the file name is safe on every platform (E5–E10).
 * Fixed seed, bounded runs and a time limit, so it belongs in the normal suite.
 */
import type { WindowLike } from 'dompurify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../scripts/lib/dom';
import { createClip, type ExtractedClip } from '../../../utils/clip';
import { validateClip } from '../../../utils/clip-validate';
import { clipFileName } from '../../../utils/export/pattern';
import { MAX_FILENAME_LENGTH } from '../../../utils/export/filename';
import { extractClip } from '../../../utils/extract/extract-clip';
import { isExtractError } from '../../../utils/extract/errors';
import { clipToMarkdown, readFrontMatter } from '../../../utils/markdown/index';
import { oneLine } from '../../../utils/markdown/text';
import { sanitizeHtml } from '../../../utils/sanitize';
import { auditMarkdown, bodyOf, win } from '../markdown/helpers';
import { HOSTILE_VALUES, auditCleanHtml, hostileHtml } from './hostile-arbitraries';

const URL_ = 'https://news.example/2025/03/04/harbour-story';
const NOW = new Date('2025-03-05T12:00:00Z');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Metadata strings that break naive front matter and file names (E1–E10). */
const metaString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc.constantFrom(
    'Harbour reopens: what it means',
    'Line one\nline two\r\n---\nthree',
    'yes', 'null', '~', '2024-01-01', '0x1F', '*bold', '&anchor', '!tag', '%pct', '@at', '`tick`',
    'C:\\path\\', 'quote " inside', '\u2028separator\u2029', '\u202Egnp.exe', 'CON', 'aux.md', 'trail. ',
    '../../etc/passwd', '/abs/path', 'a:b?c*d"e<f>g|h~i', '<% tp.system.prompt() %>', '{{t}} %%c%%',
    '長い見出し'.repeat(40), '📰'.repeat(130), '', '   ', '\u0000\u0001\u007f\u0085',
    ...HOSTILE_VALUES,
  ),
);

const date = fc.constantFrom('2025-03-04T09:30:00+01:00', '2024-13-45', '0000-00-00', 'yesterday', '', 'NaN', '2025-03-04', '+275760-09-13T00:00:00Z', '1 hour ago');
const jsonLd = fc.oneof(
  fc.tuple(metaString, metaString, date).map(([h, a, d]) =>
    JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: h, author: { '@type': 'Person', name: a }, datePublished: d }),
  ),
  fc.constantFrom('{', '[]', 'null', '{"@graph": [{"@type": "NewsArticle", "headline": 42, "author": [null, {"name": {}}]}]}', '<![CDATA[{}]]>', '{"@type": ["NewsArticle"], "datePublished": {"@value": []}}'),
  fc.string({ maxLength: 20 }),
);

const prose = fc.constantFrom(
  'The harbour authority said on Tuesday that the eastern quay would reopen to ferries after three weeks of repairs, and that timetables would return to normal by the end of the month.',
  'Engineers found that the storm had loosened the pilings under the old customs house, and the council approved an emergency budget to replace them before the summer season.',
  'Residents who rely on the morning crossing said the closure had doubled their commute, while several shops near the terminal reported their quietest March in a decade.',
);

/** A news page with hostile metadata and hostile pieces between the paragraphs. */
const newsPage = fc
  .record({
    title: metaString,
    headline: metaString,
    author: metaString,
    site: metaString,
    lang: fc.constantFrom('en', 'ar', 'ja', '', '"><script>', 'x'.repeat(50)),
    dir: fc.constantFrom('ltr', 'rtl', 'auto', 'sideways', ''),
    published: date,
    jsonLd,
    base: fc.constantFrom('', '<base href="https://cdn.example/sub/">', '<base href="javascript:alert(1)//">', '<base href="../up/">'),
    blocks: fc.array(fc.tuple(prose, fc.array(hostileHtml, { maxLength: 2 })), { minLength: 1, maxLength: 5 }),
    figure: fc.option(fc.tuple(fc.constantFrom(...HOSTILE_VALUES), metaString, metaString), { nil: null }),
  })
  .map(
    (p) => `<!doctype html><html lang="${esc(p.lang)}" dir="${esc(p.dir)}"><head><meta charset="utf-8">${p.base}
<title>${esc(p.title)}</title>
<meta property="og:title" content="${esc(p.headline)}"><meta property="og:site_name" content="${esc(p.site)}">
<meta name="author" content="${esc(p.author)}"><meta property="article:published_time" content="${esc(p.published)}">
<script type="application/ld+json">${p.jsonLd}</script></head>
<body><header><nav><a href="/">Home</a> <a href="javascript:void(0)">Menu</a></nav></header>
<main><article><h1>${esc(p.headline)}</h1><p class="byline">By <a rel="author" href="/a">${esc(p.author)}</a></p>
<time datetime="${esc(p.published)}">${esc(p.published)}</time>
${p.figure ? `<figure><img src="${esc(p.figure[0])}" alt="${esc(p.figure[1])}"><figcaption>${esc(p.figure[1])} <span class="credit">${esc(p.figure[2])}</span></figcaption></figure>` : ''}
${p.blocks.map(([text, extra]) => `<p>${text}</p>${extra.join('')}`).join('\n')}
</article></main><footer>© Example</footer></body></html>`,
  );

/** Anything at all: hostile fragments as the whole page. */
const oddPage = fc.array(hostileHtml, { maxLength: 6 }).map((parts) => parts.join(''));

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold (E6)
const FILE_FORBIDDEN = /[/\\:*?"<>|~\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)/i;
const ALLOWED_IMAGE = /^(?:https?:\/\/|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i;

let runs = 0;

function runPipeline(html: string): void {
  runs++;
  const page = loadHtml(html, URL_);
  try {
    let extracted: ExtractedClip;
    try {
      extracted = extractClip(page.document, URL_, { now: NOW });
    } catch (e) {
      // The only allowed failure is a typed one the popup can turn into a sentence.
      expect(isExtractError(e), `untyped error: ${e instanceof Error ? e.stack : String(e)}`).toBe(true);
      return;
    }
    const clip = createClip(extracted, { id: 'clip-fuzz0000001', now: NOW, tags: ['fuzz'], note: 'n' });
    const valid = validateClip(clip, clip.schemaVersion);
    expect(valid.ok ? [] : valid.errors).toEqual([]);

    // First wall: what storage holds is clean.
    expect(auditCleanHtml(clip.html, page.document), clip.html).toEqual([]);
    // Second wall: sanitizing again at render keeps it clean, and is a fixed point from there.
    // (Not byte-equal to the stored html: Readability builds DOM no parser would, such as
    // <p><h2>…</h2></p>, which a re-parse splits into <p></p><h2>…</h2><p></p>.)
    const w = page.window as unknown as WindowLike;
    const rendered = sanitizeHtml(clip.html, w);
    expect(auditCleanHtml(rendered, page.document)).toEqual([]);
    expect(sanitizeHtml(rendered, w)).toBe(rendered);

    const md = clipToMarkdown(clip, { window: win });
    const audit = auditMarkdown(bodyOf(md));
    expect(audit.htmlTokens).toEqual([]);
    for (const href of audit.links) expect(href).toMatch(ALLOWED_LINK);
    for (const src of audit.images) expect(src).toMatch(ALLOWED_IMAGE);
    expect(md).not.toMatch(/\]\(\s*<?\s*(?:javascript|vbscript|data:text)/i);

    const front = readFrontMatter(md);
    expect(front).not.toBeNull();
    if (oneLine(clip.title)) expect(front!.title).toBe(oneLine(clip.title));
    expect(String(front!.title ?? '')).not.toMatch(/[\n\r\u2028\u2029]/);

    const name = clipFileName(clip, { now: NOW });
    expect(name).not.toMatch(FILE_FORBIDDEN);
    expect(name).not.toMatch(RESERVED);
    expect(name).toMatch(/\.md$/);
    expect(name).not.toMatch(/[. ]\.md$/);
    const chars = [...name].length;
    expect(chars).toBeGreaterThan(3);
    expect(chars).toBeLessThanOrEqual(MAX_FILENAME_LENGTH);
  } finally {
    page.close();
  }
}

describe('pipeline fuzz: page → extract → sanitize → Markdown → front matter → file name', () => {
  it('hostile news pages give a clean clip, safe Markdown, parseable front matter and a safe name', () => {
    runs = 0;
    fc.assert(fc.property(newsPage, runPipeline), { seed: 6061, numRuns: 60, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false });
    // The time bound may cut the run short on a loaded machine, but never to nothing.
    expect(runs).toBeGreaterThanOrEqual(10);
  }, 30_000);

  it('pages made of hostile fragments only end in a clip or a typed error, never a crash', () => {
    runs = 0;
    fc.assert(fc.property(oddPage, runPipeline), { seed: 6062, numRuns: 60, interruptAfterTimeLimit: 10_000, markInterruptAsFailure: false });
    expect(runs).toBeGreaterThanOrEqual(10);
  }, 25_000);
});
