// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anyAncestor } from '../../../utils/extract/ancestors';

function tree(): Document {
  return new DOMParser().parseFromString(
    '<body><aside class="x"><div><p id="a">a</p><p id="b">b</p></div></aside><main><p id="c">c</p></main></body>',
    'text/html',
  );
}

describe('anyAncestor', () => {
  it('answers from the element up to the stop, judging each ancestor once', () => {
    const doc = tree();
    const judged: string[] = [];
    const cache = new Map<Element, boolean>();
    const test = (el: Element) => {
      judged.push(el.tagName);
      return el.classList.contains('x');
    };
    const stop = (el: Element) => el === doc.body;
    expect(anyAncestor(doc.getElementById('a'), cache, test, stop)).toBe(true);
    expect(anyAncestor(doc.getElementById('b'), cache, test, stop)).toBe(true);
    expect(anyAncestor(doc.getElementById('c'), cache, test, stop)).toBe(false);
    // P(a), DIV, ASIDE; then only P(b) (its DIV is remembered); then P(c), MAIN.
    expect(judged).toEqual(['P', 'DIV', 'ASIDE', 'P', 'P', 'MAIN']);
  });

  it('never looks at or past the stop', () => {
    const doc = tree();
    const stopAtAside = (el: Element) => el.tagName === 'ASIDE';
    expect(anyAncestor(doc.getElementById('a'), new Map(), (el) => el.classList.contains('x'), stopAtAside)).toBe(false);
    expect(anyAncestor(null, new Map(), () => true, () => false)).toBe(false);
  });
});
