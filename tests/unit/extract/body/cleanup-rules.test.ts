/**
 * Cleanup rules on small invented article bodies: each case fails without its rule.
 * The body is what Readability hands over; cleanupArticle runs on it directly.
 */
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../../scripts/lib/dom';
import { cleanupArticle } from '../../../../utils/extract/cleanup';
import { restoreDek, type Dek } from '../../../../utils/extract/body/dek';

const para = (n: number, topic = 'harbour') =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} about the ${topic} gives the council's reasons at length, with figures, names and the dates of every meeting held so far.</p>`,
  ).join('\n');

function clean(bodyHtml: string, removed?: string[]): Element {
  const page = loadHtml(`<!doctype html><html><body><div id="readability-page-1">${bodyHtml}</div></body></html>`, 'https://news.example/story');
  const content = page.document.getElementById('readability-page-1')!;
  cleanupArticle(content, { title: 'Harbour reopens', onRemove: (rule) => removed?.push(rule) });
  return content;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('cleanupArticle rules', () => {
  it('removes a hover card inside a paragraph but keeps the name that opens it', () => {
    const out = clean(`${para(3)}
      <p>The deal was signed by Mayor <span class="rollover-person"><a href="/people/jo-ames">Jo Ames</a><span class="rollover-card"><span><a href="/people/jo-ames">Jo Ames</a>
      <a href="/a/1">Ames opens the new ferry terminal</a> <a href="/a/2">Council backs harbour budget</a></span></span></span> on Monday after a long night of talks in the town hall.</p>
      ${para(3)}`);
    expect(text(out)).toContain('signed by Mayor Jo Ames on Monday');
    expect(text(out)).not.toContain('Council backs harbour budget');
  });

  it('reads a "has-sharing" state class as a modifier, not as a share bar', () => {
    const removed: string[] = [];
    const out = clean(`<header class="article-header has-sharing"><p>The harbour reopened on Monday after a winter of repairs, the port authority said in a statement that named every berth.</p></header>${para(4)}`, removed);
    expect(text(out)).toContain('winter of repairs');
    expect(removed).not.toContain('class:share');
  });

  it('drops a teaser link tagged with a section label in brackets', () => {
    const out = clean(`${para(3)}<p><a href="/news/other">Ferry fares to rise again next spring, operator warns</a> [INSIGHT]</p>${para(3)}`);
    expect(text(out)).not.toContain('Ferry fares');
  });

  it('cuts an author box after an "About the author" label at the end', () => {
    const out = clean(`${para(6)}<p>About the author</p><div class="box"><p>Kim Doe has written about ports and shipping for twenty years, for several papers and magazines, and teaches at a school.</p></div>`);
    expect(text(out)).toContain('Paragraph 6');
    expect(text(out)).not.toContain('About the author');
    expect(text(out)).not.toContain('twenty years');
  });

  it('cuts the link-heavy teasers after a "More stories" heading', () => {
    const teasers = Array.from({ length: 3 }, (_, i) => `<div><h4><a href="/t/${i}">Teaser headline number ${i}</a></h4><p>A short summary of another story on the site, number ${i}.</p></div>`).join('');
    const out = clean(`${para(8)}<h3>More stories like this</h3>${teasers}`);
    expect(text(out)).toContain('Paragraph 8');
    expect(text(out)).not.toContain('Teaser headline');
    expect(text(out)).not.toContain('another story on the site');
  });

  it('keeps "See more photos:" inside a paragraph (it introduces the story\'s pictures)', () => {
    const out = clean(`${para(4)}<p>See more photos:</p>`);
    expect(text(out)).toContain('See more photos:');
  });

  it('drops a heading left at the very end of the story', () => {
    const out = clean(`${para(4)}<h2>Further coverage of the region</h2>`);
    expect(text(out)).not.toContain('Further coverage');
  });

  it('drops post metadata lines (categories, "filed under", view counters) at the end', () => {
    const out = clean(`${para(4)}<p>(Visited 215 times, 3 visits today)</p>
      <p>Posted on 6 May 2014 and filed under <a href="/c/linux">Linux</a>, <a href="/c/howto">How-to</a>. Comments are closed.</p>
      <p>News date : 04/21/2022 Category : <a href="/c/press">Press Releases</a></p>`);
    expect(text(out)).toContain('Paragraph 4');
    expect(text(out)).not.toContain('Visited 215');
    expect(text(out)).not.toContain('filed under');
    expect(text(out)).not.toContain('Press Releases');
  });

  it('drops a pipe-separated legal footer at the end', () => {
    const out = clean(`${para(4)}<p><a href="/imprint">IMPRINT</a> | <a href="/privacy">PRIVACY</a> | COPYRIGHT KIM DOE</p>`);
    expect(text(out)).not.toContain('IMPRINT');
  });
});

describe('restoreDek', () => {
  it('puts the standfirst back when a later paragraph anchors it, even if the first one is gone', () => {
    const page = loadHtml(`<!doctype html><html><body><div id="readability-page-1">${para(3)}</div></body></html>`, 'https://news.example/s');
    const content = page.document.getElementById('readability-page-1')!;
    const dek: Dek = {
      text: 'The harbour is open again. Ferries run on the winter timetable until the spring, the operator says.',
      anchors: ['An author box that the cleanup removed, long enough to be an anchor paragraph.', 'Paragraph 1 about the harbour gives the council'],
    };
    expect(restoreDek(content, dek)).toBe(true);
    expect(content.firstElementChild?.textContent).toContain('The harbour is open again.');
  });
});

describe('head lists', () => {
  const list = (prefix: string) =>
    `<ol>${Array.from({ length: 6 }, (_, i) => `<li><a href="${prefix}${i}">A much discussed headline elsewhere on the site, number ${i}, with more words</a></li>`).join('')}</ol>`;

  it('drops a long list of links to other pages above the story, with its headings', () => {
    const out = clean(`<h2>Top 15</h2><h3>Most discussed</h3>${list('/news/')}${para(8)}`);
    expect(text(out)).not.toContain('Most discussed');
    expect(text(out)).not.toContain('much discussed headline');
    expect(text(out)).toContain('Paragraph 1');
  });

  it('keeps a table of contents that links inside the page', () => {
    const out = clean(`<h2>Contents</h2>${list('#part-')}${para(8)}`);
    expect(text(out)).toContain('much discussed headline');
  });
});

describe('paywall and affiliate notes', () => {
  it('drops a paywall box ("payant") and an affiliate note at the end', () => {
    const out = clean(`${para(6)}<div class="bottom-article article-payant"><h2>Pour lire la suite, créez votre compte</h2><p>Mot de passe</p></div>
      <p>Dieser Artikel kann Links zu Anbietern enthalten, von denen wir eine Provision erhalten.</p>`);
    expect(text(out)).toContain('Paragraph 6');
    expect(text(out)).not.toContain('créez votre compte');
    expect(text(out)).not.toContain('Provision');
  });
});

describe('promotions in English', () => {
  it('drops a breaking-news signup line and a deals footer', () => {
    const out = clean(`${para(3)}<p>Get breaking news alerts and special reports. The stories that matter, delivered weekday mornings.</p>${para(3)}
      <p>Follow @ExampleDeals on Twitter to keep up with the best offers from around the web. Quantities may be limited. Prices are subject to change without notice and coupons may expire at any time, so check before you buy anything at all today or tomorrow.</p>`);
    expect(text(out)).toContain('Paragraph 3');
    expect(text(out)).not.toContain('breaking news alerts');
    expect(text(out)).not.toContain('ExampleDeals');
  });
});

describe('what the end rules keep', () => {
  it('keeps a last heading over a picture', () => {
    const out = clean(`${para(4)}<h2>The new ferry terminal</h2><figure><img src="https://news.example/t.jpg" alt=""></figure>`);
    expect(text(out)).toContain('The new ferry terminal');
  });

  it('keeps the sections after "Further reading" (reference sections belong to the document)', () => {
    const out = clean(`${para(12)}<h2>Further reading</h2><ul><li>Doe, K. (2005). Harbours of the North. Example Press.</li></ul><h2>External links</h2><ul><li><a href="https://port.example">Port authority</a></li></ul>`);
    expect(text(out)).toContain('Harbours of the North');
  });
});
