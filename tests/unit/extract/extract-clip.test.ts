import { describe, expect, it } from 'vitest';
import { extractClip } from '../../../utils/extract/extract-clip';
import { loadHtml } from '../../../scripts/lib/dom';

const paragraphs = Array.from(
  { length: 8 },
  (_, i) => `<p>Paragraph ${i + 1} of the story says something long enough to be counted as article text by any extractor, with detail.</p>`,
).join('\n');

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens – Example News</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens</h1>${paragraphs}
<form><input name="getElementsByTagName"></form></article></body></html>`;

describe('extractClip', () => {
  it('never changes the document it is given', () => {
    const page = loadHtml(PAGE, 'https://news.example/harbour');
    const before = page.document.documentElement.outerHTML;
    extractClip(page.document, 'https://news.example/harbour');
    expect(page.document.documentElement.outerHTML).toBe(before);
    page.close();
  });

  it('returns the article text with paragraphs separated by blank lines', () => {
    const page = loadHtml(PAGE, 'https://news.example/harbour');
    const clip = extractClip(page.document, 'https://news.example/harbour');
    expect(clip.text.split('\n\n').length).toBeGreaterThanOrEqual(8);
    expect(clip.text).toContain('Paragraph 8 of the story');
    expect(clip.text).not.toContain('Home');
    expect(clip.wordCount).toBeGreaterThan(100);
    expect(clip.extractor.name).toBe('news-clipper');
    page.close();
  });

  it('refuses a page with more elements than the limit', () => {
    const page = loadHtml(PAGE, 'https://news.example/harbour');
    expect(() => extractClip(page.document, 'https://news.example/harbour', { maxElements: 10 })).toThrow(/too large/);
    page.close();
  });
});
