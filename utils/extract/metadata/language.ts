/**
 * Language and writing direction. `lang` is `<html lang>` verbatim (what the page says, e.g.
 * "en-GB"), else the language the page declares in meta tags or JSON-LD. `dir` is the
 * declared direction (html, body, or the headline's container), else right-to-left when
 * the language or the headline's script is written that way. Pure.
 */
import type { TextDirection } from '../../clip';
import type { LdView } from './ld';
import type { MetaTags } from './meta-tags';

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi', 'prs', 'pnb', 'azb', 'mzn', 'glk', 'lrc']);
/** Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and the presentation forms. */
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
const LTR_CHARS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g;

function normalizeLocale(v: string): string | null {
  const s = v.trim().split(/[,;\s]/)[0]!.replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(s) ? s : null;
}

export function readLang(doc: Document, meta: MetaTags, ld: LdView): string | null {
  const html = doc.documentElement;
  const attr = html.getAttribute('lang')?.trim() || html.getAttribute('xml:lang')?.trim();
  if (attr) return attr;
  const declared = meta.get('content-language', 'language', 'dc.language', 'dcterms.language', 'og:locale');
  if (declared) {
    const n = normalizeLocale(declared);
    if (n) return n;
  }
  const inLanguage = ld.article?.['inLanguage'];
  if (typeof inLanguage === 'string') return normalizeLocale(inLanguage);
  const body = doc.body?.getAttribute('lang')?.trim();
  return body || null;
}

function dirValue(v: string | null | undefined): TextDirection | null {
  const d = (v ?? '').trim().toLowerCase();
  return d === 'rtl' || d === 'ltr' || d === 'auto' ? d : null;
}

/** The direction declared on `el` or its nearest ancestor that declares one. */
export function declaredDir(el: Element | null): TextDirection | null {
  for (let p = el; p; p = p.parentElement) {
    const d = dirValue(p.getAttribute('dir'));
    if (d) return d;
  }
  return null;
}

export function readDir(doc: Document, lang: string | null, heading: Element | null, title: string | null): TextDirection | null {
  const html = dirValue(doc.documentElement.getAttribute('dir'));
  const body = dirValue(doc.body?.getAttribute('dir'));
  // A body that says otherwise than html wins: it is closer to the text.
  if (body) return body;
  const near = heading ? declaredDir(heading) : null;
  if (near && near !== html) return near;
  if (html) return html;
  const primary = lang?.toLowerCase().split('-')[0];
  if (primary && RTL_LANGS.has(primary)) return 'rtl';
  if (title) {
    const rtl = title.match(RTL_CHARS)?.length ?? 0;
    const ltr = title.match(LTR_CHARS)?.length ?? 0;
    if (rtl > ltr) return 'rtl';
  }
  return primary ? 'ltr' : null;
}
