import { describe, expect, it } from 'vitest';
import { html, metadataOf } from './helpers';

const SEED_HEADLINE =
  'Block without threat: Rashid Nurgaliyev in an interview with Rossiyskaya Gazeta - None of the accepted documents of the CSTO contains a threat to any state';

describe('headline', () => {
  it('never cuts a headline at a dash that belongs to it', () => {
    const m = metadataOf(
      html(`<title>${SEED_HEADLINE}</title><meta property="og:site_name" content="CSTO">`, `<h1>${SEED_HEADLINE}</h1><p>Text.</p>`),
      'https://en.odkb-csto.org/news/media/block-without-threat/',
    );
    expect(m.title).toBe(SEED_HEADLINE);
  });

  it('keeps a dash in a title that has no known site name after it', () => {
    const m = metadataOf(html('<title>Storm warning - What residents need to know</title>', '<p>Text.</p>'));
    expect(m.title).toBe('Storm warning - What residents need to know');
  });

  it('removes the site name declared in og:site_name from the <title>', () => {
    const m = metadataOf(html('<title>Harbour reopens after repairs | Kestrel Bay Chronicle</title><meta property="og:site_name" content="Kestrel Bay Chronicle">', '<p>Text.</p>'));
    expect(m.title).toBe('Harbour reopens after repairs');
  });

  it('removes a site name that itself holds a dash', () => {
    const m = metadataOf(
      html('<meta property="og:title" content="Pension reform is not a detail - AOC media - Analyse Opinion Critique"><meta property="og:site_name" content="AOC media - Analyse Opinion Critique">', '<p>Text.</p>'),
    );
    expect(m.title).toBe('Pension reform is not a detail');
  });

  it('recognises the site name from the host when the page declares none', () => {
    const m = metadataOf(
      html('<title>Bundestag streitet über Nachtzüge | Mittelrhein-Kurier</title>', '<p>Text.</p>', 'lang="de"'),
      'https://www.mittelrhein-kurier.de/politik/nachtzuege-id48213977.html',
    );
    expect(m.title).toBe('Bundestag streitet über Nachtzüge');
    expect(m.siteName).toBe('Mittelrhein-Kurier');
  });

  it('recognises a site name spelled with umlauts in the host ("Jäger" in schweizerjaeger)', () => {
    const m = metadataOf(html('<title>Der Steinkauz ist Vogel des Jahres | Schweizer Jäger Online</title>', '<p>Text.</p>'), 'https://schweizerjaeger.ch/aktuell/steinkauz.html');
    expect(m.title).toBe('Der Steinkauz ist Vogel des Jahres');
  });

  it('does not take a headline that mentions the site for the site name', () => {
    const m = metadataOf(
      html('<title>Gitarre &amp; Bass 02/2022 | GITARRE &amp; BASS</title><meta property="og:site_name" content="GITARRE &amp; BASS">', '<h1>Gitarre &amp; Bass 02/2022</h1>'),
      'https://www.gitarrebass.de/magazin/02-2022/',
    );
    expect(m.title).toBe('Gitarre & Bass 02/2022');
  });

  it('prefers the visible h1 that matches og:title, with its typographic quotes', () => {
    const m = metadataOf(
      html(`<title>Record of the Week: 'Pale Blue Dot' | Tone Deaf</title><meta property="og:title" content="Record of the Week: 'Pale Blue Dot' | Tone Deaf">`, '<h1>Record of the Week: ‘Pale Blue Dot’</h1>'),
      'https://tonedeaf.example.com/record-of-the-week/',
    );
    expect(m.title).toBe('Record of the Week: ‘Pale Blue Dot’');
  });

  it('takes the h1 when the metadata adds a section or kicker before it', () => {
    const m = metadataOf(html('<meta property="og:title" content="Chronik: Lotte Tobisch ist tot">', '<h1>Lotte Tobisch ist tot</h1>'));
    expect(m.title).toBe('Lotte Tobisch ist tot');
  });

  it('does not take a one-word section heading at the end of the title for the headline', () => {
    const m = metadataOf(html('<meta property="og:title" content="Why the ferry must keep running all winter | Opinion">', '<h1>Opinion</h1><p>x</p>'));
    expect(m.title).toBe('Why the ferry must keep running all winter | Opinion');
  });

  it('takes the metadata headline when the h1 carries a section label', () => {
    const m = metadataOf(
      html('<meta property="og:title" content="St. Louis Park elects a new mayor">', '<h1><div>Politics | </div><span>St. Louis Park elects a new mayor</span></h1>'),
    );
    expect(m.title).toBe('St. Louis Park elects a new mayor');
  });

  it('drops kicker elements inside the h1', () => {
    const m = metadataOf(
      html('<title>Abstandsregeln: Wie Firmen schützen - Tagesspiegel</title>', '<h1><span class="ts-overline">Abstandsregeln</span><span class="ts-colon">: </span><span class="ts-headline">Wie Firmen schützen</span></h1>'),
    );
    expect(m.title).toBe('Wie Firmen schützen');
  });

  it('ignores an h1 that is the site logo and a hidden h1', () => {
    const m = metadataOf(
      html('<title>Ins neue Jahr | Literaturgefluester</title><meta property="og:site_name" content="Literaturgefluester">', '<h1 class="aural">Navigation</h1><h1><a href="/">Literaturgefluester</a></h1><h2 class="entry-title">Ins neue Jahr</h2>'),
    );
    expect(m.title).toBe('Ins neue Jahr');
  });

  it('takes the last crumb of a breadcrumb title that starts with the site', () => {
    const m = metadataOf(html('<title>Time 4 talks » Blog Archiv » Weitere Digitalisierung der Kinos</title>', '<p>x</p>'), 'https://www.time4talks.com/2013/08/07/kinos/');
    expect(m.title).toBe('Weitere Digitalisierung der Kinos');
  });

  it('decodes entities left in JSON-LD headlines', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Record: &#8216;Lift Off&#8217; &amp; more' };
    const m = metadataOf(html(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<p>x</p>'));
    expect(m.title).toBe('Record: ‘Lift Off’ & more');
  });

  it('uses the only h1 when the <title> is just the site name', () => {
    const m = metadataOf(html('<title>Anwalt Niemeyer</title>', '<h1>Willkommen!</h1>'), 'https://www.anwaltniemeyer.de/');
    expect(m.title).toBe('Willkommen!');
  });

  it('finds the site in the home link when nothing else names it', () => {
    const m = metadataOf(html('<title>Tide tables change | Gull Point Gazette</title>', '<header><a href="/"><img alt="Gull Point Gazette" src="/logo.png"></a></header><p>x</p>'), 'https://gpg-news.example/tides');
    expect(m.title).toBe('Tide tables change');
  });
});
