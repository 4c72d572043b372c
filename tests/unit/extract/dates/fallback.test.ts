import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../../scripts/lib/dom';
import { findDates, type DateResult } from '../../../../utils/extract/dates/index';
import { readJsonLd } from '../../../../utils/extract/json-ld';
import { preparePage } from '../../../../utils/extract/prepare';

const NOW = new Date('2024-05-10T12:00:00Z');

function run(html: string, url = 'https://news.example/story'): DateResult {
  const page = loadHtml(html, url);
  try {
    const work = page.document.cloneNode(true) as Document;
    preparePage(work);
    return findDates(work, { url, jsonLd: readJsonLd(work), lang: work.documentElement.getAttribute('lang'), now: NOW });
  } finally {
    page.close();
  }
}

const ARTICLE = `<article><h1>Volunteers restore the old mill pond</h1>
<p>After two years of work the pond behind the mill holds water again, and the first ducks have moved in.</p>
<p>The group meets every second Saturday and welcomes new helpers of any age.</p></article>`;

function page(head: string, body: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Volunteers restore the old mill pond</title>${head}</head><body>${body}</body></html>`;
}

describe('findDates: last resorts when nothing else has a date', () => {
  it("reads the date of the page's own teaser in a news list (link to its canonical address)", () => {
    const list = `<div class="news-list">
<a href="/other-story"><div class="teaser"><div class="authored">03.11.2021</div><h2>Council approves the new school budget</h2></div></a>
<a href="/mill-pond"><div class="teaser"><div class="authored">10.11.2021</div><h2>Pond restored</h2></div></a></div>`;
    const r = run(page('<link rel="canonical" href="https://club.example/mill-pond">', ARTICLE + list), 'https://club.example/mill-pond?ref=home');
    expect(r.published).toBe('2021-11-10');
    expect(r.evidence.published).toEqual({ source: 'text', raw: '10.11.2021' });
  });

  it('reads the date beside a link whose words are the headline', () => {
    const box = `<div id="sidebar"><h2>About this article</h2><p class="news"><a href="https://archive.example/x/123">Volunteers restore the old mill pond</a> was posted on 19 May 2010 at 23:03</p>
<p><a href="/other">Another story entirely</a> from 2 June 2009</p></div>`;
    expect(run(page('', ARTICLE + box)).published?.slice(0, 10)).toBe('2010-05-19');
  });

  it('takes a date labelled as the publication from the page footer', () => {
    const footer = '<footer><p class="footer-line">Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p></footer>';
    const r = run(page('', ARTICLE + footer));
    expect(r.published).toBe('2023-11-01');
    expect(r.modified).toBeNull();
  });

  it('never takes a labelled date from the comments', () => {
    const comments = '<div class="comments"><p>Posted on 02.03.2022 by Anna: lovely!</p></div>';
    expect(run(page('', ARTICLE + comments)).published).toBeNull();
  });

  it("reads a date written in the page's own description", () => {
    const r = run(page('<meta name="description" content="POND: A RECORD YEAR (news of 14 January 2020)">', ARTICLE));
    expect(r.published).toBe('2020-01-14');
  });

  it("reads a publication key from the page's script data, never from JSON-LD-free noise", () => {
    const state = `<script>window.__STATE__ = {"product":{"title":"Mill pond tour","published_at":"2019-03-02T06:22:28+01:00","updated_at":"2020-01-01T10:00:00+01:00"}};</script>`;
    const r = run(page('', ARTICLE + state));
    expect(r.published).toBe('2019-03-02T06:22:28+01:00');
    expect(run(page('', `${ARTICLE}<script>var build = {"updated_at":"2020-01-01T10:00:00Z"};</script>`)).published).toBeNull();
  });

  it("reads the upload day in the path of the page's share image", () => {
    const r = run(page('<meta property="og:image" content="https://club.example/files/2016/05/04/pond-og.png">', ARTICLE));
    expect(r.published).toBe('2016-05-04');
    expect(r.evidence.published?.source).toBe('url');
  });

  it('does not use the last resorts when the page states its date', () => {
    const r = run(page('<meta name="description" content="News of 14 January 2020"><meta property="article:published_time" content="2020-02-01">', ARTICLE));
    expect(r.published).toBe('2020-02-01');
  });
});
