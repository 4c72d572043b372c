// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { READER_SANDBOX, buildReaderDocument, clipReadingHtml, readerSrcdoc } from '../../../utils/reader-frame';
import { makeClip } from '../support/clips';

describe('reader frame document', () => {
  it('shows the headline, authors, each date with where it was found, and a link to the original', () => {
    const clip = makeClip({
      title: 'Harbour <b>reopens</b>',
      authors: ['Ana Ruiz', 'Li Wei'],
      siteName: 'Coastal Courier',
      published: '2024-05-06',
      modified: '2024-05-07T09:30:00Z',
      dateEvidence: { published: { source: 'json-ld', raw: '2024-05-06' }, modified: { source: 'meta', raw: '2024-05-07T09:30:00Z' } },
    });
    const html = readerSrcdoc(clipReadingHtml(clip, document), window, { lang: 'en', dir: 'ltr', cssHref: 'chrome-extension://x/a.css', extraCssHrefs: ['chrome-extension://x/b.css'] });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')!.textContent).toBe('Harbour <b>reopens</b>');
    expect(doc.querySelector('h1 b')).toBeNull();
    expect(doc.querySelector('.clip-byline')!.textContent).toBe('Ana Ruiz, Li Wei');
    expect(doc.querySelector('.fact-published')!.textContent).toContain("found in the page's structured data (JSON-LD)");
    expect(doc.querySelector('.fact-published time')!.getAttribute('datetime')).toBe('2024-05-06');
    expect(doc.querySelector('.fact-modified')!.textContent).toContain('found in a meta tag');
    expect(doc.querySelector('.fact-clipped')).not.toBeNull();
    const link = doc.querySelector('.fact-original a')!;
    expect(link.getAttribute('href')).toBe(clip.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doc.querySelector('.clip-body p')!.textContent).toContain('harbour reopened');
    expect([...doc.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href'))).toEqual(['chrome-extension://x/a.css', 'chrome-extension://x/b.css']);
  });

  it('sanitizes the whole document right before rendering', () => {
    const clip = makeClip({
      title: '"><img src=x onerror=alert(1)>',
      url: 'https://news.example/a',
      html: '<p id="config" onclick="alert(1)">Text</p><a href="javascript:alert(2)">x</a><style>body{display:none}</style><form><input name="q"></form><img src="https://img.example/a.jpg" onerror="alert(3)">',
    });
    const html = readerSrcdoc(clipReadingHtml(clip, document), window, { cssHref: '/r.css' });
    // No handler attribute in any tag (the hostile title stays, escaped, as text).
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:|<style|<form|<input|<script|<img src=x/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('id="user-content-config"');
    expect(html).toContain('referrerpolicy="no-referrer"');
  });

  it('adds figures the body lost, with caption and credit', () => {
    const clip = makeClip({
      html: '<p>Body.</p><figure><img src="https://img.example/in.jpg?a=1&amp;b=2" alt=""></figure>',
      figures: [
        { src: 'https://img.example/in.jpg?a=1&b=2', alt: '', caption: null, credit: null },
        { src: 'https://img.example/lost.jpg', alt: 'Quay', caption: 'The quay at dawn.', credit: 'Photo: Ana Ruiz' },
      ],
    });
    const doc = new DOMParser().parseFromString(readerSrcdoc(clipReadingHtml(clip, document), window, { cssHref: '/r.css' }), 'text/html');
    const extra = doc.querySelectorAll('.clip-more-figures figure');
    expect(extra).toHaveLength(1);
    expect(extra[0]!.querySelector('img')!.getAttribute('src')).toBe('https://img.example/lost.jpg');
    expect(extra[0]!.querySelector('.caption')!.textContent).toBe('The quay at dawn.');
    expect(extra[0]!.querySelector('.credit')!.textContent).toBe('Photo: Ana Ruiz');
  });

  it('writes lang and dir on the document, and only known dir values', () => {
    expect(buildReaderDocument('', { lang: 'ar', dir: 'rtl', cssHref: '/a.css' })).toContain('<html lang="ar" dir="rtl">');
    expect(buildReaderDocument('', { lang: null, dir: 'sideways', cssHref: '/a.css' })).toContain('<html>');
    expect(READER_SANDBOX).not.toMatch(/allow-scripts|allow-same-origin/);
  });
});
