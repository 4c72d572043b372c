import { describe, expect, it } from 'vitest';
import { html, metadataOf } from './helpers';

describe('site name', () => {
  it('uses the JSON-LD publisher, then og:site_name', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', publisher: { '@type': 'Organization', name: 'The National Courier' } };
    expect(metadataOf(html(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:site_name" content="Courier">`, '')).siteName).toBe('The National Courier');
    expect(metadataOf(html('<meta property="og:site_name" content="Diario del Segura">', '')).siteName).toBe('Diario del Segura');
  });

  it('falls back to application-name, then to the host', () => {
    expect(metadataOf(html('<meta name="application-name" content="Gull Point Gazette">', '')).siteName).toBe('Gull Point Gazette');
    expect(metadataOf(html('<title>Story</title>', ''), 'https://www.gull-point.example/story').siteName).toBe('gull-point.example');
  });

  it('reads the site of an archived page from the original address', () => {
    const m = metadataOf(html('<title>Was ist Virales Marketing? | DimidoBlog</title>', ''), 'https://web.archive.org/web/20080731095558/http://www.dimido.de/2008/07/29/marketing/');
    expect(m.title).toBe('Was ist Virales Marketing?');
    expect(m.siteName).toBe('DimidoBlog');
  });
});

describe('language and direction', () => {
  it('keeps <html lang> verbatim', () => {
    expect(metadataOf(html('', '', 'lang="en-GB"')).lang).toBe('en-GB');
  });

  it('falls back to content-language and og:locale', () => {
    expect(metadataOf(html('<meta http-equiv="content-language" content="de-AT">', '', '')).lang).toBe('de-AT');
    expect(metadataOf(html('<meta property="og:locale" content="fr_FR">', '', '')).lang).toBe('fr-FR');
  });

  it('reads dir from <html>, from <body>, and from the headline container', () => {
    expect(metadataOf(html('', '<p>x</p>', 'dir="rtl"')).dir).toBe('rtl');
    expect(metadataOf(html('', '<p>x</p>', 'dir="ltr"').replace('<body>', '<body dir="rtl">')).dir).toBe('rtl');
    expect(metadataOf(html('<title>Lorem</title>', '<main><article dir="rtl"><h1>Lorem</h1><p>x</p></article></main>', '')).dir).toBe('rtl');
  });

  it('infers right-to-left from an Arabic or Hebrew language tag or script', () => {
    expect(metadataOf(html('<title>خبر</title>', '<h1>خبر</h1>', 'lang="ar"')).dir).toBe('rtl');
    expect(metadataOf(html('<title>חדשות היום בירושלים</title>', '<p>x</p>', '')).dir).toBe('rtl');
    expect(metadataOf(html('<title>News</title>', '<p>x</p>', 'lang="en"')).dir).toBe('ltr');
  });
});

describe('canonical URL', () => {
  const url = 'https://www.news.example/2024/05/01/story?utm_source=x';
  it('makes a relative canonical absolute', () => {
    expect(metadataOf(html('<link rel="canonical" href="/2024/05/01/story">', ''), url).canonicalUrl).toBe('https://www.news.example/2024/05/01/story');
  });

  it('falls back to og:url', () => {
    expect(metadataOf(html('<meta property="og:url" content="https://news.example/2024/05/01/story">', ''), url).canonicalUrl).toBe('https://news.example/2024/05/01/story');
  });

  it('ignores a canonical on another site or pointing at the home page', () => {
    expect(metadataOf(html('<link rel="canonical" href="https://other.example/story">', ''), url).canonicalUrl).toBeNull();
    expect(metadataOf(html('<link rel="canonical" href="https://www.news.example/">', ''), url).canonicalUrl).toBeNull();
    expect(metadataOf(html('<link rel="canonical" href="javascript:alert(1)">', ''), url).canonicalUrl).toBeNull();
  });

  it('accepts another subdomain of the same site', () => {
    expect(metadataOf(html('<link rel="canonical" href="https://amp.news.example/2024/05/01/story">', ''), url).canonicalUrl).toBe('https://amp.news.example/2024/05/01/story');
  });
});

describe('excerpt and lead image', () => {
  it('reads the description as one trimmed line', () => {
    const m = metadataOf(html('<meta name="description" content="  Ferries are back.\n  The pier reopened on Monday.  ">', ''));
    expect(m.excerpt).toBe('Ferries are back. The pier reopened on Monday.');
  });

  it('makes the lead image absolute and ignores non-http sources', () => {
    expect(metadataOf(html('<meta property="og:image" content="/media/pier.jpg">', ''), 'https://news.example/a').leadImage).toBe('https://news.example/media/pier.jpg');
    expect(metadataOf(html('<meta property="og:image" content="javascript:x"><meta name="twitter:image" content="https://cdn.example/p.jpg">', '')).leadImage).toBe('https://cdn.example/p.jpg');
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', image: [{ '@type': 'ImageObject', url: 'https://cdn.example/ld.jpg' }] };
    expect(metadataOf(html(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '')).leadImage).toBe('https://cdn.example/ld.jpg');
  });
});
