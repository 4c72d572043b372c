import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClip } from '../../../../utils/extract/extract-clip';
import { loadHtml } from '../../../../scripts/lib/dom';
import { html, paragraphs } from './helpers';

const FIXTURES = join(__dirname, '../../../fixtures/metadata');

function clipOf(source: string, url: string) {
  const page = loadHtml(source, url);
  try {
    return extractClip(page.document, url);
  } finally {
    page.close();
  }
}

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A front page: linked headlines with one-line teasers. */
function front(n: number): string {
  return Array.from(
    { length: n },
    (_, i) => `<article class="story"><h3><a href="/news/2024/05/0${(i % 9) + 1}/story-${i}">Headline number ${i} about the council and the harbour</a></h3><p>Teaser ${i} says in one sentence what the story is about, so readers know whether to click on it.</p></article>`,
  ).join('\n');
}

describe('readerable', () => {
  it('marks a tag page of dated teasers with pagination as not an article, and says why', () => {
    const clip = clipOf(fixture('tag-page.html'), 'https://www.gullpoint.example/tag/local/');
    expect(clip.readerable).toBe(false);
    expect(clip.reason).toMatch(/section or list page|linked headlines/);
    expect(clip.authors).toEqual([]);
  });

  it('marks a home page as not an article', () => {
    const clip = clipOf(html('<title>Gull Point Gazette</title><meta property="og:type" content="website">', `<main>${front(10)}</main>`), 'https://www.gullpoint.example/');
    expect(clip.readerable).toBe(false);
    expect(clip.reason).toMatch(/home page/);
  });

  it('marks search results as not an article', () => {
    const clip = clipOf(html('<title>Search: harbour</title>', `<main><h1>Results for “harbour”</h1>${front(6)}</main>`), 'https://www.gullpoint.example/search?q=harbour');
    expect(clip.readerable).toBe(false);
    expect(clip.reason).toMatch(/search results/);
  });

  it('keeps a short real article readerable, with its byline', () => {
    const clip = clipOf(fixture('short-article.html'), 'https://www.gullpoint.example/local/2023/09/12/quay-road-water-main/');
    expect(clip.readerable).toBe(true);
    expect(clip.reason).toBeNull();
    expect(clip.title).toBe('Quay Road closed after water main burst');
    expect(clip.authors).toEqual(['Nora Penhale']);
  });

  it('keeps an article with a block of related links readerable', () => {
    const related = `<section class="more"><h2><a href="/a">Other story one</a></h2><h2><a href="/b">Other story two</a></h2><h2><a href="/c">Other story three</a></h2></section>`;
    const clip = clipOf(html('<title>Harbour reopens</title><meta property="og:type" content="article">', `<article><h1>Harbour reopens</h1>${paragraphs(10)}${related}</article>`), 'https://www.gullpoint.example/news/harbour-reopens');
    expect(clip.readerable).toBe(true);
  });

  it('keeps a listicle whose linked headings each head a long section readerable', () => {
    const sections = Array.from(
      { length: 6 },
      (_, i) => `<h2><a href="/games/${i}">Game number ${i}</a></h2>${paragraphs(2, `game ${i}`)}<p>Why it matters: the ${i}th pick plays well with friends, looks sharp on an old television and costs less than a cinema ticket for two.</p>`,
    ).join('\n');
    const clip = clipOf(html('<title>The six best party games</title><meta property="og:type" content="article">', `<article><h1>The six best party games</h1>${sections}</article>`), 'https://www.gullpoint.example/games/best-party-games');
    expect(clip.readerable).toBe(true);
  });

  it('says there is no article on a page without text', () => {
    const clip = clipOf(html('<title>Empty</title>', '<div></div>'), 'https://www.gullpoint.example/empty');
    expect(clip.readerable).toBe(false);
    expect(clip.reason).toMatch(/No article text/);
  });

  it('reads a right-to-left article: direction, language, headline without the site, byline', () => {
    const clip = clipOf(fixture('rtl-article.html'), 'https://www.almina.example/news/2024/library');
    expect(clip.readerable).toBe(true);
    expect(clip.dir).toBe('rtl');
    expect(clip.lang).toBe('ar');
    expect(clip.title).toBe('افتتاح مكتبة جديدة في وسط المدينة');
    expect(clip.siteName).toBe('جريدة الميناء');
    expect(clip.authors).toEqual(['سارة الحسن']);
  });
});
