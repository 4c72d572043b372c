/**
 * The only place where page HTML is cleaned. Pure: the caller passes the window whose DOM
 * DOMPurify should use (the page's isolated world in the content script, jsdom in Node,
 * the extension page when rendering). Config from reliability.md §3.2.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';

const FORBID_TAGS = [
  'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame',
  'object', 'embed', 'base', 'link', 'meta', 'dialog', 'script', 'noscript', 'template',
  'svg', 'math',
];
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'ping', 'autoplay', 'autofocus', 'action'];

/**
 * What DOMPurify accepts in attribute values. It tests EVERY attribute that is not on its
 * URI-safe list against this pattern, so besides the allowed schemes (http, https, mailto) it
 * must accept values that are not URLs at all (`rtl`, `2`, `2020-01-01`) and scheme-less
 * relative references (`/a`, `#x`). Any other `scheme:` (javascript:, vbscript:, data:text/html,
 * tel:…) fails: a run of scheme letters directly followed by `:` never matches. DOMPurify strips
 * whitespace and control characters before testing, so ` java\tscript:` is caught too.
 * This is DOMPurify's default pattern with the scheme list cut down to ours.
 */
export const SAFE_ATTR_VALUE = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

export const CLIP_PURIFY_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  SANITIZE_NAMED_PROPS: true,
  ALLOWED_URI_REGEXP: SAFE_ATTR_VALUE,
  ALLOW_DATA_ATTR: false,
};

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: WindowLike): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = DOMPurify(win);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    // DOMPurify lets any data: URI through on <img>; only real raster images may stay.
    if (data.attrName === 'src' && node.nodeName === 'IMG' && /^\s*data:/i.test(data.attrValue)) {
      if (!SAFE_DATA_IMAGE.test(data.attrValue)) data.keepAttr = false;
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
    if (node.nodeName === 'IMG') {
      // This order keeps sanitizing idempotent to the byte: DOMPurify keeps `loading` in place
      // on a second pass but drops and re-adds `referrerpolicy` (not on its list), at the end.
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
    if (node.nodeName === 'VIDEO' || node.nodeName === 'AUDIO') node.removeAttribute('autoplay');
  });
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * DOMPurify parses into an inert document that inherits the extension page's CSP, so merely
 * PARSING a `<style>`, a `style=""` or a `<base>`/`<link>` logs a (blocked) CSP violation there,
 * although none of them would survive sanitizing. They are renamed to elements and attributes
 * DOMPurify drops anyway (`<noembed>` is raw text like `<style>` and is dropped with its
 * content), so that no clip, even one stored unsanitized, makes the page report a violation
 * (reliability.md S5, S7, S9). Best effort on purpose: it only keeps the console quiet; the
 * sanitizing itself never depends on it.
 */
const STYLE_TAG = /<(\/?)style(?=[\s/>])/gi;
const LINKING_TAG = /<(base|link)(?=[\s/>])/gi;
const START_TAG = /<[a-z][^>]*>/gi;
const STYLE_ATTR = /(\s)style(\s*=)/gi;

export function quietForParse(html: string): string {
  if (!/<(?:\/?style|base|link)|\sstyle\s*=/i.test(html)) return html;
  return html
    .replace(STYLE_TAG, '<$1noembed')
    .replace(LINKING_TAG, '<x-dropped-$1')
    .replace(START_TAG, (tag) => tag.replace(STYLE_ATTR, '$1data-dropped-style$2'));
}

/** Sanitizes an HTML string and returns clean HTML. Idempotent. */
export function sanitizeHtml(html: string, win: WindowLike): string {
  return purifierFor(win).sanitize(quietForParse(html), CLIP_PURIFY_CONFIG) as unknown as string;
}

const IN_PLACE_CONFIG: Config = { ...CLIP_PURIFY_CONFIG, IN_PLACE: true };

/** Sanitizes an element's subtree in place (no string round trip) and returns its clean HTML. */
export function sanitizeElementInPlace(el: Element, win: WindowLike): string {
  purifierFor(win).sanitize(el, IN_PLACE_CONFIG);
  return el.innerHTML;
}
