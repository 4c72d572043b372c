import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../../../../scripts/lib/dom';
import { indexMetaPage } from '../../../../utils/extract/metadata/page-index';
import { html, metadataOf, paragraphs } from './helpers';

let page: LoadedPage | null = null;
afterEach(() => page?.close());

function index(source: string, url = 'https://news.example.com/a/story') {
  page = loadHtml(source, url);
  return indexMetaPage(page.document, url);
}

describe('indexMetaPage', () => {
  it('lists what the selector queries listed, in document order', () => {
    const idx = index(
      html(
        '<title>Page title</title><meta name="author" content="A"><link rel="Canonical" href="/c"><link rel="stylesheet" href="/s.css">',
        `<div class="post-meta">Posted by Ann Lee</div><h1>Head</h1><span itemprop="headline">Head line</span><meta itemprop="headline" content="x">
         <a rel="AUTHOR" href="/ann">Ann Lee</a><p id="byline-1">By Bo Park</p><span itemprop="Author">not a token match</span><h2>Two</h2>
         <svg><title>icon</title></svg><strong data-author="Cy">Cy</strong>`,
      ),
    );
    expect(idx.metas.map((m) => m.getAttribute('name') ?? m.getAttribute('charset') ?? m.getAttribute('itemprop'))).toEqual(['utf-8', 'author', 'headline']);
    expect(idx.links.map((l) => l.getAttribute('rel'))).toEqual(['Canonical', 'stylesheet']);
    expect(idx.titleEl?.textContent).toBe('Page title');
    expect(idx.h1s.map((h) => h.textContent)).toEqual(['Head']);
    expect(idx.h2s.map((h) => h.textContent)).toEqual(['Two']);
    // itemprop tokens match exactly and never on <meta>; rel tokens ignore case, as in selectors.
    expect(idx.headlines.map((h) => h.textContent)).toEqual(['Head line']);
    expect(idx.bylines.map((b) => b.textContent)).toEqual(['Posted by Ann Lee', 'Ann Lee', 'By Bo Park', 'Cy']);
    expect(idx.textBylines.map((b) => b.tagName)).toEqual(['P', 'STRONG']);
    expect(idx.anchors).toHaveLength(1);
  });

  it('keeps the first 80 links only, and resolves against <base> when the page has one', () => {
    const links = Array.from({ length: 100 }, (_, i) => `<a href="/l${i}">l${i}</a>`).join('');
    expect(index(html('', links)).anchors.map((a) => a.textContent)).toEqual(Array.from({ length: 80 }, (_, i) => `l${i}`));
    expect(index(html('', '<p>x</p>')).base).toBe('https://news.example.com/a/story');
    expect(index(html('<base href="https://cdn.example.net/base/">', '<p>x</p>')).base).toBe('https://cdn.example.net/base/');
  });

  it('feeds the readers: a <base> moves the canonical URL, a mixed-case rel still counts', () => {
    const meta = metadataOf(
      html('<base href="https://news.example.com/world/"><link rel="CANONICAL" href="2024/05/01/story">', `<h1>Story</h1>${paragraphs(3)}`),
      'https://news.example.com/world/2024/05/01/story?utm=x',
    );
    expect(meta.canonicalUrl).toBe('https://news.example.com/world/2024/05/01/story');
  });
});
