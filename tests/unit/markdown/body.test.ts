import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../utils/clip';
import { clipToMarkdown, renderClipMarkdown } from '../../../utils/markdown/index';
import { auditMarkdown, bodyOf, makeClip, win } from './helpers';

const body = (html: string, figures: Figure[] = [], extra: Parameters<typeof makeClip>[0] = {}) =>
  bodyOf(clipToMarkdown(makeClip({ html, figures, ...extra }), { window: win, heading: false })).trim();

const photo = (n: number, caption: string | null, credit: string | null): Figure => ({
  src: `https://cdn.news.example/p/${n}.jpg`,
  alt: `Photo ${n}`,
  caption,
  credit,
});
/** The extractor's figure markup (utils/extract/figures/normalize.ts). */
const figureHtml = (f: Figure) =>
  `<figure><img src="${f.src}" alt="${f.alt}"><figcaption>${f.caption ? `<span class="caption">${f.caption}</span>` : ''} ${
    f.credit ? `<small class="credit">${f.credit}</small>` : ''
  }</figcaption></figure>`;

describe('links (E12)', () => {
  it('keeps http(s) and mailto links and turns every other scheme into plain text', () => {
    const md = body(
      '<p><a href="https://a.example/x">web</a> <a href="mailto:desk@news.example">mail</a> ' +
        '<a href="javascript:alert(1)">js</a> <a href="JaVaScRiPt:alert(1)">js2</a> <a href="vbscript:x">vb</a> ' +
        '<a href="data:text/html,<script>alert(1)</script>">data</a> <a href="#section">anchor</a> <a href="ftp://f.example/">ftp</a></p>',
    );
    expect(md).toBe('[web](https://a.example/x) [mail](mailto:desk@news.example) js js2 vb data anchor ftp');
  });

  it('resolves a relative link against the page it was clipped from', () => {
    expect(body('<p><a href="/world/story">story</a></p>')).toBe('[story](https://news.example/world/story)');
  });

  it('uses the <…> form for URLs with spaces or parentheses', () => {
    expect(body('<p><a href="https://en.example/wiki/Foo_(bar)">wiki</a></p>')).toBe('[wiki](<https://en.example/wiki/Foo_(bar)>)');
    expect(body('<p><a href="https://x.example/a b">sp</a></p>')).toBe('[sp](https://x.example/a%20b)');
  });

  it('drops links with no text and flattens block content inside a link onto one line', () => {
    expect(body('<p>a<a href="https://x.example/"></a>b</p>')).toBe('ab');
    expect(body('<a href="https://x.example/"><p>one</p><p>two</p></a>')).toBe('[one two](https://x.example/)');
  });
});

describe('raw HTML and templates (E14, E15)', () => {
  it('escapes text that would read as HTML, entities, comments and template tags', () => {
    const md = body('<p>&lt;img src=x onerror=alert(1)&gt; &amp;lt; &lt;% tp.file.title %&gt; %%hidden%% {{date}}</p>');
    expect(md).toBe('\\<img src=x onerror=alert(1)> \\&lt; \\<\\% tp.file.title %> %\\%hidden%\\% {\\{date}}');
    expect(auditMarkdown(md).htmlTokens).toEqual([]);
    expect(md).not.toContain('<%');
  });

  it('keeps Turndown escaping of Markdown syntax in text', () => {
    expect(body('<p>[[Wiki link]] *not em* _x_</p>')).toBe('\\[\\[Wiki link\\]\\] \\*not em\\* \\_x\\_');
    expect(body('<p># not a heading</p>')).toBe('\\# not a heading');
  });

  it('never writes forms, scripts, styles or iframes', () => {
    const md = body('<form><input value="x"><button>Go</button></form><script>alert(1)</script><style>p{}</style><iframe src="https://e.example"></iframe><p>ok</p>');
    // The sanitizer drops the elements and keeps their text (but not script or style content).
    expect(md).toBe('Go\n\nok');
  });
});

describe('code (E13)', () => {
  it.each([
    ['dataviewjs', 'text'],
    ['dataview', 'text'],
    ['templater', 'text'],
    ['button', 'text'],
    ['tasks', 'text'],
    ['DataviewJS', 'text'],
    ['js', 'js'],
    ['c++', 'c++'],
    ['c#', 'c#'],
    ['x`y', 'text'],
    ['averyveryverylonglanguage', 'text'],
  ])('fence language %s → %s', (lang, want) => {
    const md = body(`<pre><code class="language-${lang}">let a = 1;</code></pre>`);
    expect(md).toBe('```' + want + '\nlet a = 1;\n```');
    expect(auditMarkdown(md).fences).toEqual([want]);
  });

  it('writes no info string when the page names no language, and escapes <% even in code', () => {
    expect(body('<pre>plain\n  indented</pre>')).toBe('```\nplain\n  indented\n```');
    expect(body('<pre><code>&lt;% tp.system %&gt;</code></pre>')).toBe('```\n<\\% tp.system %>\n```');
  });

  it('uses a longer fence when the code holds a fence', () => {
    const md = body('<pre><code>```\ninner\n```</code></pre>');
    expect(md).toBe('````\n```\ninner\n```\n````');
    expect(auditMarkdown(md).fences).toHaveLength(1);
  });

  it('writes inline code with backticks', () => {
    expect(body('<p>Run <code>npm i</code> now</p>')).toBe('Run `npm i` now');
  });
});

describe('tables', () => {
  it('converts a table without a header row instead of keeping it as HTML', () => {
    const md = body('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>');
    expect(md).toBe('| a | b |\n| --- | --- |\n| c | d |');
  });

  it('escapes pipes, flattens cell content and pads colspans', () => {
    const md = body(
      '<table><caption>Results</caption><thead><tr><th>Team</th><th>Score</th><th>Note</th></tr></thead>' +
        '<tbody><tr><td>A|B</td><td colspan="2"><p>one</p><p>two</p></td></tr><tr><td>x</td></tr></tbody></table>',
    );
    expect(md).toBe('Results\n\n| Team | Score | Note |\n| --- | --- | --- |\n| A\\|B | one two |  |\n| x |  |  |');
    expect(auditMarkdown(md).htmlTokens).toEqual([]);
  });

  it('unwraps a one-cell layout table and flattens a nested table', () => {
    expect(body('<table><tr><td><p>Boxed text</p></td></tr></table>')).toBe('Boxed text');
    const nested = body('<table><tr><th>a</th><th>b</th></tr><tr><td><table><tr><td>x</td><td>y</td></tr></table></td><td>z</td></tr></table>');
    expect(nested).toBe('| a | b |\n| --- | --- |\n| x y | z |');
  });
});

describe('structure', () => {
  it('converts headings, lists and quotes', () => {
    const md = body('<h2>Sub<br>head</h2><ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul><ol><li>first</li><li>second</li></ol><blockquote><p>Quote</p></blockquote><p><s>old</s> <strong>bold</strong> <em>it</em></p>');
    expect(md).toBe('## Sub head\n\n- one\n- two\n  - deep\n\n1. first\n2. second\n\n> Quote\n\n~old~ **bold** *it*');
  });

  it('adds the title as a heading unless the body opens with it', () => {
    const clip = makeClip({ title: 'Harbour reopens', html: '<p>Text.</p>' });
    expect(bodyOf(clipToMarkdown(clip, { window: win }))).toBe('# Harbour reopens\n\nText.\n');
    const withH1 = makeClip({ title: 'Harbour reopens', html: '<h1>Harbour  reopens</h1><p>Text.</p>' });
    expect(bodyOf(clipToMarkdown(withH1, { window: win }))).toBe('# Harbour reopens\n\nText.\n');
    expect(clipToMarkdown(makeClip({ title: '# <b>x</b>' }), { window: win, fields: [] })).toBe('# \\# \\<b>x\\</b>\n\nThe harbour reopened on Monday.\n');
  });

  it('loads its own jsdom window in Node when none is given (the CLI)', () => {
    expect(clipToMarkdown(makeClip())).toBe(clipToMarkdown(makeClip(), { window: win }));
  });
});

describe('figures', () => {
  it('writes image, then caption and credit on one line', () => {
    const f = photo(1, 'Boats in the harbour.', 'Photo: Ann Lee/AP');
    expect(body(`<p>Before.</p>${figureHtml(f)}<p>After.</p>`, [f])).toBe(
      'Before.\n\n![Photo 1](https://cdn.news.example/p/1.jpg)\n*Boats in the harbour.* — Photo: Ann Lee/AP\n\nAfter.',
    );
  });

  it('writes caption-only, credit-only and bare figures in their documented shapes', () => {
    const a = photo(1, 'Only a caption', null);
    const b = photo(2, null, 'Reuters');
    const c = photo(3, null, null);
    expect(body([a, b, c].map(figureHtml).join(''), [a, b, c])).toBe(
      '![Photo 1](https://cdn.news.example/p/1.jpg)\n*Only a caption*\n\n![Photo 2](https://cdn.news.example/p/2.jpg)\n— Reuters\n\n![Photo 3](https://cdn.news.example/p/3.jpg)',
    );
  });

  it('reads caption and credit from the figure markup when the figures list lacks the photo', () => {
    const f = photo(4, 'Crowd at dawn', 'EPA');
    expect(body(figureHtml(f), [])).toBe('![Photo 4](https://cdn.news.example/p/4.jpg)\n*Crowd at dawn* — EPA');
    expect(body('<figure><img src="https://cdn.news.example/p/5.jpg" alt=""><figcaption>Plain caption (AP)</figcaption></figure>')).toBe(
      '![](https://cdn.news.example/p/5.jpg)\n*Plain caption (AP)*',
    );
  });

  it('matches the figures list by srcset and file name, writing the listed URL', () => {
    const f = photo(6, 'Listed caption', 'Credit Six');
    const html = '<figure><img src="https://cdn.news.example/small/6.jpg" srcset="https://cdn.news.example/p/6.jpg 2x"><figcaption>Listed caption Credit Six</figcaption></figure>';
    expect(body(html, [f])).toBe('![Photo 6](https://cdn.news.example/p/6.jpg)\n*Listed caption* — Credit Six');
    const byName = '<figure><img src="https://img.example/resize/600/6.jpg"><figcaption>x</figcaption></figure>';
    expect(body(byName, [f])).toBe('![Photo 6](https://cdn.news.example/p/6.jpg)\n*Listed caption* — Credit Six');
  });

  it('writes each photo once and keeps one shared caption after a gallery', () => {
    const a = photo(7, 'Gallery caption', 'AFP');
    const b = { ...photo(8, 'Gallery caption', 'AFP') };
    const html = `<figure><img src="${a.src}" alt="Photo 7"><img src="${b.src}" alt="Photo 8"><figcaption>Gallery caption AFP</figcaption></figure><p><img src="${a.src}"></p>`;
    const md = body(html, [a, b]);
    expect(md).toBe('![Photo 7](https://cdn.news.example/p/7.jpg)\n![Photo 8](https://cdn.news.example/p/8.jpg)\n*Gallery caption* — AFP');
    expect(md.match(/!\[/g)).toHaveLength(2);
  });

  it('keeps a standalone photo with its caption and drops the caption paragraph that echoed it', () => {
    const f = photo(9, 'Firefighters at the scene on Tuesday', 'Photo: J. Doe');
    const html = `<p>Intro.</p><div class="media"><img src="${f.src}"><span class="caption">Firefighters at the scene on Tuesday</span></div><p class="credit">Photo: J. Doe</p><p>Next paragraph.</p>`;
    expect(body(html, [f])).toBe(
      'Intro.\n\n![Photo 9](https://cdn.news.example/p/9.jpg)\n*Firefighters at the scene on Tuesday* — Photo: J. Doe\n\nNext paragraph.',
    );
  });

  it('leaves a picture inside running text inline', () => {
    const f = photo(10, 'Icon', null);
    expect(body(`<p>Look <img src="${f.src}" alt="icon"> here.</p>`, [f])).toBe('Look ![Photo 10](https://cdn.news.example/p/10.jpg) here.');
  });

  it('puts listed figures the HTML no longer shows on top, once', () => {
    const lead = photo(11, 'Lead photo', 'Staff');
    const inBody = photo(12, 'Body photo', null);
    const md = body(`<p>Text.</p>${figureHtml(inBody)}`, [lead, inBody]);
    expect(md).toBe('![Photo 11](https://cdn.news.example/p/11.jpg)\n*Lead photo* — Staff\n\nText.\n\n![Photo 12](https://cdn.news.example/p/12.jpg)\n*Body photo*');
  });

  it('drops images with unsafe sources but keeps their caption text', () => {
    const f: Figure = { src: 'javascript:alert(1)', alt: 'x', caption: 'Kept caption', credit: null };
    const md = body('<p>Text.</p>', [f]);
    expect(md).toBe('*Kept caption*\n\nText.');
    expect(body('<p><img src="data:image/svg+xml;base64,PHN2Zz4="> ok</p>')).toBe('ok');
    expect(body('<p><img src="data:image/png;base64,iVBORw0KGgo="></p>')).toBe('![](data:image/png;base64,iVBORw0KGgo=)');
  });

  it('keeps the caption of a figure whose picture has no usable source', () => {
    expect(body('<figure><img alt="lazy"><figcaption><span class="caption">Still here</span> <small class="credit">AP</small></figcaption></figure>')).toBe(
      '*Still here* — AP',
    );
  });

  it('escapes Markdown in alt text, captions and credits', () => {
    const f: Figure = { src: 'https://cdn.news.example/p/13.jpg', alt: 'a ] b [', caption: '*Star* and <b>', credit: '_me_' };
    expect(body(figureHtml({ ...f, caption: 'x', credit: null }), [f])).toBe(
      '![a \\] b \\[](https://cdn.news.example/p/13.jpg)\n*\\*Star\\* and \\<b>* — \\_me\\_',
    );
  });

  it('rewrites image URLs when asked (images downloaded into the zip)', () => {
    const f = photo(14, 'Cap', null);
    const out = renderClipMarkdown(makeClip({ html: figureHtml(f), figures: [f] }), {
      window: win,
      imageSrc: (src) => (src === f.src ? 'images/x-1.jpg' : src),
    });
    expect(out.markdown).toContain('![Photo 14](images/x-1.jpg)\n*Cap*');
    expect(out.images).toEqual([f.src]);
  });
});
