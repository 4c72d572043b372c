import { readJsonLd } from '../../../../utils/extract/json-ld';
import { readMetadata, type PageMetadata } from '../../../../utils/extract/metadata/index';
import { loadHtml } from '../../../../scripts/lib/dom';

/** A minimal page: `head` inside <head>, `body` inside <body>. */
export function html(head: string, body: string, htmlAttrs = 'lang="en"'): string {
  return `<!doctype html><html ${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** Article paragraphs long enough for Readability to treat the text as an article. */
export function paragraphs(n = 6, word = 'harbour'): string {
  return Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} tells the ${word} story in enough words to read like real reporting, with names, places and numbers that matter to readers.</p>`).join('\n');
}

/** readMetadata on a page built from `source`, as the extraction core calls it. */
export function metadataOf(source: string, url = 'https://news.example.com/2024/05/01/story'): PageMetadata {
  const page = loadHtml(source, url);
  try {
    return readMetadata(page.document, { url, jsonLd: readJsonLd(page.document) });
  } finally {
    page.close();
  }
}
