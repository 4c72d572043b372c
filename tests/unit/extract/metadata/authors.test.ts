import { describe, expect, it } from 'vitest';
import { html, metadataOf } from './helpers';

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('authors', () => {
  it('reads JSON-LD Person objects, arrays and @graph references', () => {
    const m = metadataOf(
      html(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'NewsArticle', headline: 'Fire', author: [{ '@id': 'https://n.example/#/person/1' }, { '@type': 'Person', name: 'Bob Kim' }] },
            { '@type': 'Person', '@id': 'https://n.example/#/person/1', name: 'Ann Lee' },
          ],
        }),
        '<p>x</p>',
      ),
    );
    expect(m.authors).toEqual(['Ann Lee', 'Bob Kim']);
    expect(m.byline).toBe('Ann Lee, Bob Kim');
  });

  it('splits a meta author holding several names and ignores profile URLs in article:author', () => {
    const m = metadataOf(html('<meta name="author" content="Ann Lee, Bob Kim"><meta property="article:author" content="https://www.facebook.com/someone">', '<p>x</p>'));
    expect(m.authors).toEqual(['Ann Lee', 'Bob Kim']);
  });

  it('prefers a specific author meta (parsely, citation) over a generic one naming the publisher', () => {
    const m = metadataOf(html('<meta name="author" content="Prisma Média"><meta name="parsely-author" content="Marie Merlet">', '<p>x</p>'));
    expect(m.authors).toEqual(['Marie Merlet']);
  });

  it('lists every citation_author', () => {
    const m = metadataOf(html('<meta name="citation_author" content="Adwan, Marwan H."><meta name="citation_author" content="Jane Roe">', '<p>x</p>'));
    expect(m.authors).toEqual(['Adwan, Marwan H.', 'Jane Roe']);
  });

  it('takes the person in the byline when the meta author is the site itself', () => {
    const m = metadataOf(
      html('<meta name="author" content="LAOLA1.at"><title>Barisic zieht Bilanz - LAOLA1.at</title>', '<article><h1>Barisic zieht Bilanz</h1><small class="redakteur">von Alexander Karper</small><p>x</p></article>', 'lang="de"'),
      'https://www.laola1.at/de/red/fussball/barisic/',
    );
    expect(m.authors).toEqual(['Alexander Karper']);
  });

  it('returns the organisation when no person is named anywhere', () => {
    const m = metadataOf(html('<meta name="author" content="Kestrel Bay Chronicle"><meta property="og:site_name" content="Kestrel Bay Chronicle">', '<h1>Tides</h1><p>x</p>'));
    expect(m.authors).toEqual(['Kestrel Bay Chronicle']);
  });

  it('prefers a desk named in the byline to the JSON-LD organisation', () => {
    const m = metadataOf(
      html(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tides', author: { '@type': 'Organization', name: 'Gazette' } }), '<h1>Tides</h1><div class="post__author">Redaktion</div><p>x</p>'),
    );
    expect(m.authors).toEqual(['Redaktion']);
  });

  it('reads the byline next to the headline, not those of comments or related stories', () => {
    const body = `
      <aside class="related"><div class="byline">By Someone Else</div></aside>
      <article>
        <header><h1>Ferry returns</h1><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/mhale/">Martin Hale</a></span></span></header>
        <p>Text of the story.</p>
      </article>
      <ol class="comment-list"><li><div class="comment-author vcard"><b class="fn">Sue Reader</b> says:</div></li></ol>`;
    expect(metadataOf(html('', body)).authors).toEqual(['Martin Hale']);
  });

  it('joins side-by-side author links into one byline', () => {
    const body = '<h1>Fire</h1><p class="meta">By <a rel="author" href="/a">Ann Lee</a> and <a rel="author" href="/b">Bob Kim</a></p><p>x</p>';
    expect(metadataOf(html('', body)).authors).toEqual(['Ann Lee', 'Bob Kim']);
  });

  it('cleans a byline with a date and an "Updated" tail', () => {
    const body = '<h1>Fire</h1><div class="byline">By Ann Lee and Bob Kim | Updated July 5, 2021 6:30 PM EDT</div><p>x</p>';
    expect(metadataOf(html('', body)).authors).toEqual(['Ann Lee', 'Bob Kim']);
  });

  it('reads itemprop=author with a nested name', () => {
    const body = '<h1>Ночные поезда</h1><div itemprop="author" itemscope><span>Текст:</span> <span itemprop="name">Иван Петров</span></div><p>x</p>';
    expect(metadataOf(html('', body, 'lang="ru"')).authors).toEqual(['Иван Петров']);
  });

  it('keeps an agency credited beside a person in the byline', () => {
    const body = '<h1>Wahl</h1><div class="byline"><p>Von Anna Berg, dpa</p></div><p>x</p>';
    expect(metadataOf(html('', body, 'lang="de"')).authors).toEqual(['Anna Berg', 'dpa']);
  });

  it('finds no author where there is none', () => {
    const m = metadataOf(html('<title>Tides</title>', '<h1>Tides</h1><p>No byline here.</p>'));
    expect(m.authors).toEqual([]);
    expect(m.byline).toBeNull();
  });
});
