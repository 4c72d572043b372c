/**
 * Pre-passes on the working clone, before any reading: make the clone safe and complete for
 * Readability. Mutates only the clone it is given. One walk collects what every pass needs.
 */
import {
  bestSrcsetUrl,
  isPlaceholderSrc,
  LAZY_SRC_ATTRS,
  LAZY_SRCSET_ATTRS,
  looksLikeImageUrl,
} from './figures/image-url';
import { elementsByTag, noteLandmark, rememberLandmarks, type Landmarks } from './body/walk';
import { defuseCollected, mayClobberForms } from './clobber';
import { isJsonLdScript } from './json-ld';

const IMG = new Set(['IMG']);

/** Renames an element, keeping its attributes and (unless told not to) its children. */
export function renameElement(el: Element, tag: string, keepChildren = true): Element {
  const doc = el.ownerDocument;
  const repl = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) {
    try {
      repl.setAttribute(attr.name, attr.value);
    } catch {
      // Attribute names that are valid in the parser but not in setAttribute (e.g. `"`).
    }
  }
  // Moving children out of a detached element is cheaper than out of the live tree.
  el.replaceWith(repl);
  if (keepChildren) while (el.firstChild) repl.appendChild(el.firstChild);
  return repl;
}

/**
 * Puts the real image URL into `src` (and `srcset`) of a lazily loaded image: the URL held in
 * a `data-*` attribute, else the best `srcset` candidate, else a `<picture><source>`.
 */
export function resolveLazyImage(img: Element): void {
  const src = img.getAttribute('src');
  let lazy: string | null = null;
  for (const name of LAZY_SRC_ATTRS) {
    const v = img.getAttribute(name);
    if (looksLikeImageUrl(v)) {
      lazy = v.trim();
      break;
    }
  }
  if (lazy && lazy !== src) img.setAttribute('src', lazy);

  let lazySet: string | null = null;
  for (const name of LAZY_SRCSET_ATTRS) {
    const v = img.getAttribute(name);
    if (v && bestSrcsetUrl(v)) {
      lazySet = v;
      break;
    }
  }
  const srcset = img.getAttribute('srcset');
  if (lazySet && (!srcset || !bestSrcsetUrl(srcset))) img.setAttribute('srcset', lazySet);

  if (!isPlaceholderSrc(img.getAttribute('src'))) return;
  let best = bestSrcsetUrl(img.getAttribute('srcset'));
  const picture = img.parentElement;
  if (!best && picture?.tagName === 'PICTURE') {
    for (let s = picture.firstElementChild; s && !best; s = s.nextElementSibling) {
      if (s.tagName !== 'SOURCE') continue;
      const type = (s.getAttribute('type') ?? '').toLowerCase();
      if (type && !/^image\/(?:jpe?g|png|webp|gif|avif)$/.test(type)) continue;
      best = bestSrcsetUrl(s.getAttribute('srcset')) ?? bestSrcsetUrl(s.getAttribute('data-srcset'));
    }
  }
  if (best) img.setAttribute('src', best);
}

/** Images inside a `<noscript>`: parsed as elements when scripting is off (jsdom), as text in browsers. */
function noscriptImages(noscript: Element): { imgs: Element[]; onlyImages: boolean } {
  const direct = elementsByTag(noscript, IMG);
  if (direct.length > 0) return { imgs: direct, onlyImages: (noscript.textContent ?? '').trim() === '' };
  const raw = noscript.textContent ?? '';
  if (!/<img\b/i.test(raw)) return { imgs: [], onlyImages: false };
  // Parsed in a fresh document with no browsing context: nothing in it loads or runs.
  const inert = noscript.ownerDocument.implementation.createHTMLDocument('');
  const range = inert.createRange();
  range.selectNodeContents(inert.body);
  const frag = range.createContextualFragment(raw);
  return { imgs: Array.from(frag.querySelectorAll('img')), onlyImages: (frag.textContent ?? '').trim() === '' };
}

/** The placeholder image a `<noscript>` image stands in for: a previous sibling or its only image. */
function placeholderBefore(noscript: Element): Element | null {
  let prev = noscript.previousElementSibling;
  if (!prev) {
    // <span class="lazy"><img data-src></span><noscript> inside the same wrapper's parent.
    prev = noscript.parentElement?.previousElementSibling ?? null;
  }
  if (!prev) return null;
  if (prev.tagName === 'IMG') return prev;
  const imgs = elementsByTag(prev, IMG);
  return imgs.length === 1 && (prev.textContent ?? '').trim() === '' ? imgs[0]! : null;
}

/**
 * `<noscript><img></noscript>` after a lazy placeholder: the noscript image replaces the
 * placeholder. A noscript holding only images, with no placeholder, becomes those images.
 */
export function unwrapNoscriptImages(doc: Document, noscripts?: readonly Element[]): Element[] {
  const created: Element[] = [];
  const root = doc.documentElement;
  const list = noscripts ?? (root ? elementsByTag(root, new Set(['NOSCRIPT'])) : []);
  for (const noscript of list) {
    if (!noscript.parentNode) continue;
    const { imgs, onlyImages } = noscriptImages(noscript);
    if (imgs.length !== 1) continue;
    const real = imgs[0]!;
    const realSrc = real.getAttribute('src') ?? real.getAttribute('data-src');
    if (!looksLikeImageUrl(realSrc) && !bestSrcsetUrl(real.getAttribute('srcset'))) continue;
    // Tracking pixels live in noscripts too.
    if (/^[0-2]$/.test(real.getAttribute('width') ?? '') || /^[0-2]$/.test(real.getAttribute('height') ?? '')) continue;
    const fresh = doc.importNode(real, false) as Element;
    const placeholder = placeholderBefore(noscript);
    if (placeholder) {
      const alt = placeholder.getAttribute('alt');
      if (!fresh.getAttribute('alt') && alt) fresh.setAttribute('alt', alt);
      const placeholderSrc = placeholder.getAttribute('src');
      const lazyOrMissing = isPlaceholderSrc(placeholderSrc) || LAZY_SRC_ATTRS.some((a) => placeholder.hasAttribute(a));
      if (lazyOrMissing || placeholderSrc === fresh.getAttribute('src')) {
        placeholder.replaceWith(fresh);
        noscript.remove();
        created.push(fresh);
        continue;
      }
    }
    if (!onlyImages) continue;
    const parent = noscript.parentElement;
    const same = parent && elementsByTag(parent, IMG).some((i) => i !== real && i.getAttribute('src') === fresh.getAttribute('src'));
    if (same) noscript.remove();
    else {
      noscript.replaceWith(fresh);
      created.push(fresh);
    }
  }
  return created;
}

/**
 * An element's tag name, read through its prototype's getter: a form's own `tagName` can be one
 * of its controls (`<input name="tagName">`, reliability.md S14) until the pass below defuses
 * it, and a form the walk did not recognise would keep every clobbered member.
 */
function tagReader(el: Element): (el: Element) => string {
  for (let p = Object.getPrototypeOf(el) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const get = Object.getOwnPropertyDescriptor(p, 'tagName')?.get;
    if (get) return (e) => String(get.call(e));
  }
  return (e) => e.tagName;
}

export interface PreparedPage {
  /** The `<script>` elements whose type is JSON-LD, as the prepared page holds them, in document order. */
  ldScripts: Element[];
}

/**
 * Form clobbering is defused first (clobber.ts): `<input name="getElementsByTagName">`
 * clobbers form methods in real browsers and makes Readability throw (reliability.md S14).
 * Then forms become divs, `amp-img` becomes `img`, lazy images get their real URL.
 */
export function preparePage(doc: Document): PreparedPage {
  const root = doc.documentElement;
  if (!root) return { ldScripts: [] };
  // One walk collects what every pass needs; the passes then change the tree. A TreeWalker,
  // because clobbered forms can hide firstElementChild and nextElementSibling until defused.
  const forms: Element[] = [];
  const amps: Element[] = [];
  const noscripts: Element[] = [];
  const imgs: Element[] = [];
  const controls: Element[] = [];
  const scripts: Element[] = [];
  const marks: Landmarks = { h1: null, article: null, main: null };
  const body = doc.body;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  // The getter is Element's, shared by every element of the page: found once.
  const tagOf = tagReader(root);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    const tag = tagOf(el);
    if (tag === 'IMG') imgs.push(el);
    else if (tag === 'FORM') forms.push(el);
    else if (tag === 'NOSCRIPT') noscripts.push(el);
    else if (tag === 'AMP-IMG') amps.push(el);
    else if (tag === 'SCRIPT') scripts.push(el);
    else {
      if (mayClobberForms(el)) controls.push(el);
      noteLandmark(el, marks);
    }
  }
  defuseCollected(forms[0] ?? null, controls);
  defuseCollected(forms[0] ?? null, imgs);
  // Forms and noscripts are replaced below, never the landmarks; the lead and dek passes reuse them.
  if (body) rememberLandmarks(doc, marks);
  for (const form of forms) renameElement(form, 'div');
  // An amp-img's children are its noscript/fallback copies of the same picture.
  for (const amp of amps) imgs.push(renameElement(amp, 'img', false));
  imgs.push(...unwrapNoscriptImages(doc, noscripts));
  for (const img of imgs) if (img.isConnected) resolveLazyImage(img);
  // A script inside a replaced noscript or amp-img has left the page with it.
  const ldScripts = scripts.filter((s) => s.isConnected && isJsonLdScript(s));
  return { ldScripts };
}
