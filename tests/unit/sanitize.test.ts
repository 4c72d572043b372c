import type { WindowLike } from 'dompurify';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHtml } from '../../scripts/lib/dom';
import { sanitizeHtml } from '../../utils/sanitize';

const page = loadHtml('<p></p>', 'https://news.example/a');
const clean = (html: string) => sanitizeHtml(html, page.window as unknown as WindowLike);
afterAll(() => page.close());

describe('sanitizeHtml', () => {
  it('keeps attributes that are not URLs (direction, language, table spans, list start, datetime)', () => {
    const out = clean('<div dir="rtl" lang="ar"><table><tr><td colspan="2" rowspan="3">x</td></tr></table><ol start="3"><li>a</li></ol><time datetime="2020-01-01">t</time></div>');
    expect(out).toContain('dir="rtl"');
    expect(out).toContain('lang="ar"');
    expect(out).toContain('colspan="2"');
    expect(out).toContain('rowspan="3"');
    expect(out).toContain('start="3"');
    expect(out).toContain('datetime="2020-01-01"');
  });

  it('keeps http(s), mailto, relative and in-page links', () => {
    const out = clean('<a href="https://a.example/x">1</a><a href="mailto:a@b.example">2</a><a href="/rel">3</a><a href="#n">4</a>');
    expect(out.match(/href=/g)).toHaveLength(4);
  });

  it.each([
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'tel:123',
  ])('drops the link target %s', (href) => {
    expect(clean(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
  });

  it('keeps raster data: images and drops other data: images', () => {
    expect(clean('<img src="data:image/png;base64,AAAA">')).toContain('src="data:image/png;base64,AAAA"');
    expect(clean('<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">')).not.toContain('src=');
  });
});
