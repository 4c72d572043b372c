import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../../../scripts/lib/dom';
import { readJsonLd } from '../../../utils/extract/json-ld';
import { preparePage } from '../../../utils/extract/prepare';

let page: LoadedPage | null = null;
afterEach(() => page?.close());

const LD = (headline: string, type = 'application/ld+json') => `<script type="${type}">{"@type":"NewsArticle","headline":"${headline}"}</script>`;

describe('preparePage', () => {
  it('defuses form clobbering before renaming the form, in the same walk', () => {
    page = loadHtml(
      `<!doctype html><html><body><form id="f"><input name="getElementsByTagName"><input name="q"><img id="replaceWith" src="a.jpg"><p>Kept text</p></form>
       <input form="f" name="ownerDocument"></body></html>`,
      'https://news.example/a',
    );
    const doc = page.document;
    preparePage(doc);
    expect(doc.querySelector('form')).toBeNull();
    expect(doc.querySelector('body > div')!.textContent).toContain('Kept text');
    expect(Array.from(doc.querySelectorAll('[name]')).map((e) => e.getAttribute('name'))).toEqual(['q']);
    expect(doc.querySelector('img')!.hasAttribute('id')).toBe(false);
  });

  it('recognises a form whose own tagName and getAttributeNames are clobbered (as browsers do; jsdom does not)', () => {
    page = loadHtml(
      `<!doctype html><html><body><form id="f"><input name="tagName"><input name="getAttributeNames"><p>Kept text</p></form></body></html>`,
      'https://news.example/d',
    );
    const doc = page.document;
    const form = doc.querySelector('form')!;
    // What Chromium's [LegacyOverrideBuiltIns] does: the form's own members are its controls.
    for (const name of ['tagName', 'getAttributeNames']) {
      Object.defineProperty(form, name, { value: form.querySelector(`[name="${name}"]`), configurable: true });
    }
    preparePage(doc);
    expect(doc.querySelector('form')).toBeNull();
    expect(doc.querySelectorAll('[name]')).toHaveLength(0);
    expect(doc.querySelector('body > div')!.textContent).toContain('Kept text');
  });

  it('leaves names alone on a page without forms', () => {
    page = loadHtml('<!doctype html><html><body><p><input name="getElementsByTagName"></p></body></html>', 'https://news.example/b');
    preparePage(page.document);
    expect(page.document.querySelector('input')!.getAttribute('name')).toBe('getElementsByTagName');
  });

  it('hands back the JSON-LD scripts still on the prepared page, in document order', () => {
    page = loadHtml(
      `<!doctype html><html><head>${LD('First')}<script>var x = 1;</script>${LD('Typed', 'Application/LD+JSON; charset=utf-8')}</head>
       <body><form>${LD('In a form')}</form><amp-img src="a.jpg">${LD('Dropped with the amp-img')}</amp-img>${LD('Not JSON-LD', 'text/plain')}</body></html>`,
      'https://news.example/c',
    );
    const doc = page.document;
    const { ldScripts } = preparePage(doc);
    const headlines = (scripts?: readonly Element[]) => readJsonLd(doc, scripts).map((e) => e.node.headline);
    expect(headlines(ldScripts)).toEqual(['First', 'Typed', 'In a form']);
    // The same as reading the prepared page's scripts afresh.
    expect(headlines(ldScripts)).toEqual(headlines());
  });
});
