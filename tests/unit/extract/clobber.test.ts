import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../../../scripts/lib/dom';
import { defuseCollected, mayClobberForms } from '../../../utils/extract/clobber';
import { extractClip } from '../../../utils/extract/extract-clip';

let page: LoadedPage | null = null;
afterEach(() => page?.close());

// jsdom does not clobber form members (jsdom/jsdom#2036), so these tests check the attributes the
// pass removes; the crash itself is reproduced in Chromium by tests/e2e/hostile-pages.spec.ts (S14).
const HTML = `<!doctype html><html><head><title>Pool opens</title></head><body>
<form id="f" action="/x"><input name="getElementsByTagName"><input name="email"><img id="replaceWith" src="a.jpg"><button name="submit">Go</button>
<article><h1>Pool opens</h1><p>The floating swimming pool in the old harbour opened for the summer on Sunday morning, with a long queue waiting on the quay before eight.</p>
<p>The pool, built from a converted cargo barge, is filled with filtered sea water and heated by panels on the roof of the warehouse next door.</p>
<p>Lifeguards will be on duty every day until the end of August, and the water will be tested twice a day with results posted each morning.</p></article></form>
<input form="f" name="ownerDocument"><input name="attributes"></body></html>`;

/** The pass as prepare.ts runs it: the page's first form, and every element that may clobber it. */
function defuse(doc: Document): number {
  return defuseCollected(doc.querySelector('form'), Array.from(doc.querySelectorAll('*')).filter(mayClobberForms));
}

describe('form clobbering (S14)', () => {
  it('removes names and ids that shadow form members, inside the form and associated from outside', () => {
    page = loadHtml(HTML, 'https://news.example/pool');
    const doc = page.document;
    expect(defuse(doc)).toBe(5);
    const names = Array.from(doc.querySelectorAll('[name]')).map((e) => e.getAttribute('name'));
    expect(names).toEqual(['email']);
    expect(doc.querySelector('img')!.hasAttribute('id')).toBe(false);
    expect(doc.getElementById('f')).not.toBeNull();
  });

  it('leaves a page without forms alone', () => {
    page = loadHtml('<p><input name="getElementsByTagName"></p>', 'https://news.example/');
    expect(defuse(page.document)).toBe(0);
    expect(page.document.querySelector('input')!.getAttribute('name')).toBe('getElementsByTagName');
  });

  it('the page the clip came from keeps its form controls; the clip has none', () => {
    page = loadHtml(HTML, 'https://news.example/pool');
    const clip = extractClip(page.document, 'https://news.example/pool');
    expect(clip.text).toContain('floating swimming pool');
    expect(clip.html).not.toMatch(/<(form|input|button)\b/);
    expect(page.document.querySelectorAll('input[name="getElementsByTagName"]')).toHaveLength(1);
  });

  it('defuses the elements another walk collected, only when the page has a form', () => {
    page = loadHtml(HTML, 'https://news.example/pool');
    const doc = page.document;
    const all = Array.from(doc.querySelectorAll('*'));
    const candidates = all.filter(mayClobberForms);
    expect(candidates.map((e) => e.localName)).toEqual(['input', 'input', 'img', 'button', 'input', 'input']);
    expect(defuseCollected(null, candidates)).toBe(0);
    expect(doc.querySelectorAll('[name]')).toHaveLength(5);
    // Elements that cannot clobber are skipped even when handed in.
    expect(defuseCollected(doc.querySelector('form'), all)).toBe(5);
    expect(Array.from(doc.querySelectorAll('[name]')).map((e) => e.getAttribute('name'))).toEqual(['email']);
    expect(doc.getElementById('f')).not.toBeNull();
  });
});
