import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../../../scripts/lib/dom';
import { extractClip } from '../../../utils/extract/extract-clip';
import { flattenShadowRoots, scanLive } from '../../../utils/extract/shadow';

let page: LoadedPage | null = null;
afterEach(() => page?.close());

const PARAS = [
  'The bridge is two hundred metres long and four metres wide, with a separate lane for walkers marked in a lighter stone and three pillars.',
  'Cyclists who used to ride twenty minutes around the harbour can now cross in under three minutes, and many rode back and forth all morning.',
  'The mayor said the bridge had cost less than planned because the steel was bought early, and the savings would pay for new lighting.',
];

const fragment = (doc: Document, html: string) => doc.createRange().createContextualFragment(html);

/** A page whose story body is rendered by a component into its open shadow root (P12). */
function shadowPage(): LoadedPage {
  page = loadHtml(
    `<!doctype html><html lang="en"><head><title>Cyclists get a bridge</title></head><body><main><article><h1>Cyclists get a bridge</h1>
     <story-body><p slot="intro">A new bridge for cyclists opened across the river on Thursday, linking the old town with the new district for the first time.</p><p slot="nowhere">NOT-RENDERED light child.</p></story-body>
     </article></main></body></html>`,
    'https://news.example/bridge',
  );
  const doc = page.document;
  const host = doc.querySelector('story-body')!;
  const root = host.attachShadow({ mode: 'open' });
  root.append(fragment(doc, `<slot name="intro"></slot>${PARAS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<slot name="missing"><p>Fallback paragraph shown when nothing is slotted.</p></slot><story-quote></story-quote>`));
  const quote = root.querySelector('story-quote')!.attachShadow({ mode: 'open' });
  quote.append(fragment(doc, `<p>${PARAS[2]}</p>`));
  return page;
}

describe('flattenShadowRoots (P12)', () => {
  it('copies open shadow trees into the clone, slots filled, nested roots included, the live page untouched', () => {
    const live = shadowPage().document;
    const before = live.body.innerHTML;
    const clone = live.cloneNode(true) as Document;
    expect(clone.body.textContent).not.toContain('two hundred metres');
    expect(flattenShadowRoots(live, clone)).toBe(1);
    const text = clone.body.textContent ?? '';
    for (const p of PARAS) expect(text).toContain(p);
    expect(text).toContain('A new bridge for cyclists');
    expect(text.match(/A new bridge for cyclists/g)).toHaveLength(1);
    expect(text).toContain('Fallback paragraph');
    expect(text).not.toContain('NOT-RENDERED');
    expect(clone.querySelectorAll('slot')).toHaveLength(0);
    // Slotted content keeps its place: intro first.
    expect(text.indexOf('A new bridge')).toBeLessThan(text.indexOf('two hundred metres'));
    expect(live.body.innerHTML).toBe(before);
  });

  it('pairs every host with its own copy, wherever it sits in the tree', () => {
    page = loadHtml(
      `<!doctype html><html><body><div><section><span></span><x-a></x-a></section><p>between</p></div><ul><li><x-b></x-b></li></ul><x-c></x-c></body></html>`,
      'https://news.example/hosts',
    );
    const live = page.document;
    for (const tag of ['x-a', 'x-b', 'x-c']) live.querySelector(tag)!.attachShadow({ mode: 'open' }).append(fragment(live, `<b>inside ${tag}</b>`));
    const clone = live.cloneNode(true) as Document;
    expect(flattenShadowRoots(live, clone)).toBe(3);
    for (const tag of ['x-a', 'x-b', 'x-c']) expect(clone.querySelector(tag)!.textContent).toBe(`inside ${tag}`);
  });

  it('does nothing when the clone no longer matches the live document', () => {
    const live = shadowPage().document;
    const clone = live.cloneNode(true) as Document;
    clone.body.appendChild(clone.createElement('div'));
    expect(flattenShadowRoots(live, clone)).toBe(0);
  });

  it('lets extractClip read a story that lives in shadow DOM', () => {
    const live = shadowPage().document;
    const clip = extractClip(live, 'https://news.example/bridge');
    for (const p of PARAS) expect(clip.text).toContain(p);
  });
});

describe('scanLive', () => {
  it('counts the elements getElementsByTagName(\'*\') counts and finds each host with its position', () => {
    const live = shadowPage().document;
    const scan = scanLive(live);
    expect(scan.elements).toBe(live.getElementsByTagName('*').length);
    expect(scan.hosts.map((h) => h.live.localName)).toEqual(['story-body']);
    expect(scan.hosts[0]!.index).toBe(Array.from(live.getElementsByTagName('*')).indexOf(live.querySelector('story-body')!));
    // Hosts inside a shadow tree are found when the walk starts at that tree.
    expect(scanLive(scan.hosts[0]!.root).hosts.map((h) => h.live.localName)).toEqual(['story-quote']);
  });

  it('stops counting past the bound, so a page too large to clip is refused without a full walk', () => {
    const live = shadowPage().document;
    const all = live.getElementsByTagName('*').length;
    expect(scanLive(live, undefined, 3).elements).toBe(4);
    expect(scanLive(live, undefined, all).elements).toBe(all);
  });

  it('flattens with a scan made before the clone', () => {
    const live = shadowPage().document;
    const scan = scanLive(live);
    const clone = live.cloneNode(true) as Document;
    expect(flattenShadowRoots(live, clone, undefined, scan)).toBe(1);
    expect(clone.body.textContent).toContain(PARAS[2]);
  });
});
