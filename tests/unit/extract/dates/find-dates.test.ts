import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../../scripts/lib/dom';
import { findDates, type DateResult } from '../../../../utils/extract/dates/index';
import { readJsonLd } from '../../../../utils/extract/json-ld';
import { preparePage } from '../../../../utils/extract/prepare';

const FIXTURES = join(__dirname, '../../../fixtures/dates');
const NOW = new Date('2024-05-10T12:00:00Z');

interface RunOptions {
  url?: string;
  now?: Date | null;
  lang?: string | null;
}

function run(html: string, opts: RunOptions = {}): DateResult {
  const url = opts.url ?? 'https://news.example/story';
  const page = loadHtml(html, url);
  try {
    const work = page.document.cloneNode(true) as Document;
    preparePage(work);
    const lang = opts.lang !== undefined ? opts.lang : work.documentElement.getAttribute('lang');
    return findDates(work, { url, jsonLd: readJsonLd(work), lang, now: opts.now === undefined ? NOW : opts.now });
  } finally {
    page.close();
  }
}

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** A minimal article page: `head` goes into <head>, `body` after the headline. */
function page(parts: { head?: string; before?: string; body?: string; lang?: string; after?: string }): string {
  return `<!doctype html><html lang="${parts.lang ?? 'en'}"><head><meta charset="utf-8"><title>Harbour wall repairs begin</title>${parts.head ?? ''}</head>
<body>${parts.before ?? ''}<article><h1>Harbour wall repairs begin</h1>${parts.body ?? ''}
<p>Work on the harbour wall starts on Monday and will last six weeks, the port authority said.</p></article>${parts.after ?? ''}</body></html>`;
}

describe('findDates: source priority', () => {
  it('prefers JSON-LD over meta, <time>, URL and text', () => {
    const r = run(
      page({
        head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","datePublished":"2021-03-01T09:00:00+01:00"}</script>
<meta property="article:published_time" content="2021-03-02T09:00:00+01:00">`,
        body: '<time datetime="2021-03-03">3 March 2021</time><p>Published 4 March 2021</p>',
      }),
      { url: 'https://news.example/2021/03/05/harbour-wall' },
    );
    expect(r.published).toBe('2021-03-01T09:00:00+01:00');
    expect(r.evidence.published).toEqual({ source: 'json-ld', raw: '2021-03-01T09:00:00+01:00' });
  });

  it('falls back meta → time → URL → text, each with its evidence', () => {
    const timeAndText = page({ body: '<time datetime="2021-03-03">3 March 2021</time><p>Published 4 March 2021</p>' });
    expect(run(timeAndText).evidence.published?.source).toBe('time');
    expect(run(timeAndText).published).toBe('2021-03-03');
    const urlAndText = page({ body: '<p class="byline">Published 4 March 2021</p>' });
    const r = run(urlAndText, { url: 'https://news.example/2021/03/05/harbour-wall' });
    expect(r.published).toBe('2021-03-05');
    expect(r.evidence.published?.source).toBe('url');
    expect(run(urlAndText).evidence.published).toEqual({ source: 'text', raw: '4 March 2021' });
  });

  it('skips an impossible value and uses the next source', () => {
    const r = run(page({ head: '<meta property="article:published_time" content="2019-02-30T10:00:00Z">', body: '<p>03.07.2019</p>' }));
    expect(r.published).toBe('2019-07-03');
    expect(r.evidence.published?.source).toBe('text');
  });

  it('reads Parse.ly, Sailthru, Dublin Core and microdata', () => {
    expect(run(page({ head: `<meta name="parsely-page" content='{"title":"x","pub_date":"2020-11-02T08:00:00Z"}'>` })).published).toBe('2020-11-02T08:00:00+00:00');
    expect(run(page({ head: '<meta name="parsely-pub-date" content="2020-11-03T08:00:00Z">' })).published).toBe('2020-11-03T08:00:00+00:00');
    expect(run(page({ head: '<meta name="sailthru.date" content="2020-11-04 08:00:00">' })).published).toBe('2020-11-04');
    expect(run(page({ head: '<meta name="DC.date.issued" content="2020-11-05">' })).published).toBe('2020-11-05');
    expect(run(page({ body: '<span itemprop="datePublished" content="2020-11-06">6 Nov</span>' })).published).toBe('2020-11-06');
  });

  it('reads an unlisted meta key whose name says publication, below the listed ones', () => {
    expect(run(page({ head: '<meta property="gallery:uploaded" content="2013-02-16T04:36:36-05:00">' })).published).toBe('2013-02-16T04:36:36-05:00');
    const both = '<meta property="gallery:uploaded" content="2013-02-16"><meta property="article:published_time" content="2013-02-18">';
    expect(run(page({ head: both })).published).toBe('2013-02-18');
  });

  it('uses the canonical address when the page URL has no date', () => {
    const r = run(page({ head: '<link rel="canonical" href="https://news.example/2019/07/03/harbour-wall/">' }));
    expect(r.published).toBe('2019-07-03');
    expect(r.evidence.published?.source).toBe('url');
  });
});

describe('findDates: JSON-LD shapes', () => {
  it('picks the article node of an @graph, not WebPage, Organization or comments', () => {
    const r = run(fixture('json-ld-graph.html'));
    expect(r.published).toBe('2022-09-02T07:30:00-04:00');
    expect(r.modified).toBe('2022-09-02T18:45:00-04:00');
  });

  it('accepts @type arrays and a nested mainEntity', () => {
    const ld = `<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":["BlogPosting"],"headline":"Harbour wall repairs begin","datePublished":"2020-01-02"}}</script>`;
    expect(run(page({ head: ld })).published).toBe('2020-01-02');
  });

  it('uses a WebPage date only when no article node has one', () => {
    const ld = `<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2020-01-03"},{"@type":"Organization","foundingDate":"1999-01-01"}]</script>`;
    expect(run(page({ head: ld })).published).toBe('2020-01-03');
  });

  it('among several article stubs, takes the one whose headline is on the page', () => {
    const ld = `<script type="application/ld+json">{"@type":"ItemList","itemListElement":[
      {"@type":"NewsArticle","headline":"Ferry fares rise","datePublished":"2020-02-01"},
      {"@type":"NewsArticle","headline":"Harbour wall repairs begin","datePublished":"2020-02-02"},
      {"@type":"NewsArticle","headline":"Market moves","datePublished":"2020-02-03"}]}</script>`;
    expect(run(page({ head: ld })).published).toBe('2020-02-02');
  });
});

describe('findDates: blocks that are not the article', () => {
  it('ignores sidebar, most-read and footer dates (seed page shape)', () => {
    const r = run(fixture('sidebar-later-dates.html'));
    expect(r.published).toBe('2019-07-03');
    expect(r.modified).toBeNull();
  });

  it('ignores comment dates and recent-post widgets', () => {
    const r = run(fixture('comments-later-times.html'));
    expect(r.published).toBe('2023-03-14T09:12:00+00:00');
    expect(r.modified).toBeNull();
  });

  it('gives nothing on a section front of dated cards', () => {
    const r = run(fixture('section-front.html'));
    expect(r).toEqual({ published: null, modified: null, evidence: { published: null, modified: null } });
  });

  it('ignores the date of an embedded social post', () => {
    const head = '<meta property="article:published_time" content="2019-10-18T16:06:50+02:00">';
    const body = '<blockquote class="instagram-media"><p>Summer!</p><time datetime="2019-04-21T23:47:18+00:00">Apr 21, 2019</time></blockquote>';
    expect(run(page({ head, body })).published).toBe('2019-10-18T16:06:50+02:00');
  });

  it('finds the byline under an article block that follows the page title', () => {
    const html = `<!doctype html><html lang="de"><head><title>Sommercamp im Jura</title></head><body>
<div id="content"><h1 class="title">Sommercamp im Jura</h1>
<div class="region"><div class="block"><div class="node node-article"><div class="content">
<p>${'Im Jura treffen sich Aktivisten aus ganz Europa zu einem Sommercamp mit vielen Themen. '.repeat(4)}Es beginnt am 26.8.2017 mit einem Fest.</p>
</div><div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div></div></div></div></div></body></html>`;
    expect(run(html).published).toBe('2017-07-24');
  });

  it('ignores a date inside a headline-sized link to another page', () => {
    const r = run(page({ body: '<p><a href="/other">Council approves the new ferry timetable, 12 May 2019</a></p>' }));
    expect(r.published).toBeNull();
  });
});

describe('findDates: dates of something else', () => {
  it('skips a member\'s registration date in a post header', () => {
    const body = '<div class="postprofile">r23<br>Registriert: 18.09.2008, 05:56<br>Wohnort: Hagen</div><p class="author">Beitrag von r23 » 21.01.2009, 05:42</p>';
    expect(run(page({ lang: 'de', body })).published).toBe('2009-01-21');
  });
});

describe('findDates: published and modified stay apart', () => {
  it('never turns an "Updated" line into the published date', () => {
    const r = run(fixture('update-line-only.html'));
    expect(r.published).toBeNull();
    expect(r.modified).toBe('2021-07-05T18:30:00-04:00');
    expect(r.evidence.modified).toEqual({ source: 'text', raw: 'July 5, 2021 6:30 PM EDT' });
  });

  it('keeps a better published source when the byline shows only the update', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","datePublished":"2021-07-04T16:20:00-04:00"}</script>';
    const r = run(page({ lang: 'en-US', head: ld, body: '<p class="byline">By Ann Lee | Updated July 5, 2021 6:30 PM EDT</p>' }));
    expect(r.published).toBe('2021-07-04T16:20:00-04:00');
    expect(r.modified).toBe('2021-07-05T18:30:00-04:00');
  });

  it('reads labelled German dates and ignores the most-read box', () => {
    const r = run(fixture('de-text-only.html'));
    expect(r.published).toBe('2019-07-03');
    expect(r.modified).toBe('2019-07-04');
  });

  it('takes published and modified from WordPress time classes', () => {
    const body = '<div class="entry-meta"><time class="entry-date published" datetime="2023-03-14T09:12:00+00:00">14 March</time><time class="updated" datetime="2023-03-15T16:40:00+00:00">15 March</time></div>';
    const r = run(page({ body }));
    expect(r.published).toBe('2023-03-14T09:12:00+00:00');
    expect(r.modified).toBe('2023-03-15T16:40:00+00:00');
  });

  it('treats a lone hAtom "updated" class as the page date, not as an update', () => {
    const r = run(fixture('hatom-updated-only.html'));
    expect(r.published).toBe('2022-02-02');
    expect(r.modified).toBeNull();
  });

  it('drops a modified date earlier than the published one', () => {
    const head = '<meta property="article:published_time" content="2021-05-10"><meta property="article:modified_time" content="2021-01-01">';
    const r = run(page({ head }));
    expect(r.published).toBe('2021-05-10');
    expect(r.modified).toBeNull();
  });
});

describe('findDates: cross-checks with what the page shows', () => {
  it('between disagreeing JSON-LD and meta, takes the one the visible date confirms', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","datePublished":"2022-01-04T07:29:00Z"}</script>
<meta property="article:published_time" content="2022-01-06T08:29:34">`;
    const r = run(page({ head, body: '<div class="info">06.01.2022</div>' }));
    expect(r.published).toBe('2022-01-06');
    expect(r.evidence.published?.source).toBe('meta');
  });

  it('prefers the <time> beside the headline to a meta value nothing visible confirms', () => {
    const head = '<meta name="dcterms.date" content="2022-01-21T09:43+01:00">';
    const r = run(page({ head, body: '<div class="meta"><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div>' }));
    expect(r.published).toBe('2022-01-25T08:00:00+01:00');
    expect(r.evidence.published?.source).toBe('time');
  });

  it('keeps the meta value when the header labels the modified date as an update', () => {
    const head = '<meta name="dcterms.date" content="2022-01-21"><meta property="article:modified_time" content="2022-01-25">';
    const r = run(page({ head, body: '<div class="meta">Aktualisiert: <time datetime="2022-01-25">25.01.2022</time></div>' }));
    expect(r.published).toBe('2022-01-21');
    expect(r.modified).toBe('2022-01-25');
  });

  it('takes the day the header shows, unlabelled, when the metadata calls it the modification and the publication day is shown nowhere', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","datePublished":"2017-08-21T13:09:00Z","dateModified":"2019-04-03T08:04:01Z"}</script>`;
    const r = run(page({ head, body: '<div class="info">03.04.2019</div><p class="byline">By Ann Lee</p>' }));
    expect(r.published).toBe('2019-04-03');
    expect(r.evidence.published).toEqual({ source: 'text', raw: '03.04.2019' });
    expect(r.modified).toBe('2019-04-03T08:04:01+00:00');
    // The publication day printed too: the page shows both, the metadata stands.
    const both = run(page({ head, body: '<div class="info">03.04.2019</div><p>First published 21.08.2017</p>' }));
    expect(both.published).toBe('2017-08-21T13:09:00+00:00');
  });

  it('keeps article:published_time against a header <time> that disagrees', () => {
    const head = '<meta property="article:published_time" content="2015-09-17T16:57:43+01:00">';
    const r = run(page({ head, body: '<div class="meta"><time>17:00, 24 December 2015</time></div>' }));
    expect(r.published).toBe('2015-09-17T16:57:43+01:00');
  });

  it('shows a UTC timestamp in the page zone when the page shows the local day and time', () => {
    const head = '<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">';
    const r = run(page({ lang: 'de', head, body: '<p class="date">01.01.2019, 00:11 Uhr</p>' }));
    expect(r.published).toBe('2019-01-01T00:11:59+01:00');
    expect(Date.parse(r.published!)).toBe(Date.parse('2018-12-31T23:11:59Z'));
  });

  it('keeps the visible local day when the page shows no time', () => {
    const head = '<meta property="article:published_time" content="2023-11-09T05:30:59Z">';
    expect(run(page({ lang: 'en-US', head, body: '<p class="date">November 8, 2023</p>' })).published).toBe('2023-11-08');
  });

  it('does not shift a UTC timestamp by a day no real offset reaches', () => {
    const head = '<meta property="article:published_time" content="2023-11-09T13:30:00Z">';
    expect(run(page({ lang: 'en-US', head, body: '<p class="date">November 8, 2023</p>' })).published).toBe('2023-11-09T13:30:00+00:00');
  });

  it('prefers a date line of its own to a date inside a photo caption', () => {
    const body = '<figure><img src="a.jpg" alt=""><figcaption>The pier on January 16, 2020. Photo: J. Roe</figcaption></figure><p>January 18, 2020</p>';
    expect(run(page({ lang: 'en-US', body })).published).toBe('2020-01-18');
  });

  it('reads a date tucked inside the headline element', () => {
    const html = `<!doctype html><html lang="de"><head><title>Zuschauer kehren zurück</title></head><body>
<h1>Zuschauer kehren zurück<br><small>02.02.2022 · Sport</small></h1><p>Die Vereine dürfen wieder Zuschauer einlassen.</p></body></html>`;
    expect(run(html).published).toBe('2022-02-02');
  });

  it('never joins a year and a month from two different lines', () => {
    const r = run(page({ body: '<div class="y">2021</div><div class="x">Jan 04 09:34</div>' }));
    expect(r.published).toBeNull();
  });
});

describe('findDates: plausibility', () => {
  it('rejects dates after tomorrow and falls back to a plausible one', () => {
    const head = '<meta property="article:published_time" content="2024-05-20T10:00:00Z">';
    const r = run(page({ head, body: '<p>Published 9 May 2024</p>' }));
    expect(r.published).toBe('2024-05-09');
  });

  it('accepts tomorrow (zones ahead of UTC)', () => {
    expect(run(page({ head: '<meta property="article:published_time" content="2024-05-11">' })).published).toBe('2024-05-11');
  });

  it('rejects an unlabelled date before 1995 but keeps a labelled one', () => {
    expect(run(page({ body: '<p>12.03.1990</p>' })).published).toBeNull();
    expect(run(page({ head: '<meta property="article:published_time" content="1990-03-12">' })).published).toBe('1990-03-12');
  });

  it('uses the real clock when no reference time is given', () => {
    expect(run(page({ head: '<meta property="article:published_time" content="2150-01-01">' }), { now: null }).published).toBeNull();
  });
});

describe('findDates: languages and relative dates', () => {
  it('reads NN/NN/YYYY by the page language', () => {
    expect(run(page({ lang: 'es', body: '<p class="fecha">05/03/2022 - 11:20</p>' })).published).toBe('2022-03-05');
    expect(run(page({ lang: 'en-US', body: '<p class="date">05/03/2022 - 11:20</p>' })).published).toBe('2022-05-03');
  });

  it('resolves "2 hours ago" only against a reference time', () => {
    const html = page({ body: '<p class="byline">By Ann Lee · 2 hours ago</p>' });
    expect(run(html).published).toBe('2024-05-10');
    expect(run(html, { now: null }).published).toBeNull();
  });

  it('reads a Japanese date', () => {
    expect(run(page({ lang: 'ja', body: '<p>2019年7月3日 14:05</p>' })).published).toBe('2019-07-03');
  });
});

describe('findDates: purity', () => {
  it('does not change the document it reads', () => {
    const p = loadHtml(fixture('comments-later-times.html'), 'https://news.example/x');
    const before = p.document.documentElement.outerHTML;
    findDates(p.document, { url: 'https://news.example/x', jsonLd: readJsonLd(p.document), lang: 'en', now: NOW });
    expect(p.document.documentElement.outerHTML).toBe(before);
    p.close();
  });
});
