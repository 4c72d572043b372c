/**
 * Image URL helpers shared by the pre-pass (lazy images) and the figures pass. Pure.
 */

/** Attributes lazy-loading scripts keep the real image URL in, most specific first. */
export const LAZY_SRC_ATTRS = [
  'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-hi-res-src', 'data-full-src',
  'data-src-large', 'data-large-src', 'data-img-src', 'data-image-src', 'data-url', 'data-lazyload',
  'data-orig-src', 'data-echo', 'data-actualsrc', 'data-defer-src',
] as const;

export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set', 'data-original-srcset'] as const;

const PLACEHOLDER_NAME = /(?:^|[/_.-])(?:blank|spacer|placeholder|pixel|transparent|lazy|loading|loader|1x1|grey|gray|empty|dot|clear|trans)(?:[._-][^/]*)?\.(?:gif|png|jpe?g|svg|webp)(?:[?#]|$)/i;
const IMAGE_URL = /^(?:https?:)?\/\/|^\/|^\.{0,2}\/|\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i;

/** True for an empty, inline-placeholder or "loading" image URL that stands in for the real one. */
export function isPlaceholderSrc(src: string | null | undefined): boolean {
  if (!src) return true;
  const s = src.trim();
  if (!s || s === '#' || s === 'about:blank') return true;
  if (/^data:/i.test(s)) {
    // Real inline photos are kilobytes long; placeholders (1×1 GIFs, blurred SVG boxes) are tiny.
    return s.length < 2000 || /^data:image\/svg/i.test(s);
  }
  return PLACEHOLDER_NAME.test(s);
}

/** A value that looks like an image URL (not JSON, not a word). */
export function looksLikeImageUrl(v: string | null | undefined): v is string {
  if (!v) return false;
  const s = v.trim();
  if (!s || s.length > 4000 || /\s/.test(s.replace(/\s+\d+[wx]\s*(,|$)/g, '$1')) || s.startsWith('{')) return false;
  if (/^data:image\//i.test(s)) return !isPlaceholderSrc(s);
  return IMAGE_URL.test(s) && !isPlaceholderSrc(s);
}

export interface SrcsetCandidate {
  url: string;
  /** Width in pixels (`w`), or density × 1000 (`x`); 0 when not stated. */
  weight: number;
}

/** Parses a srcset value (the same tokenizer Readability uses: URLs may contain commas). */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const re = /(\S+)(\s+[\d.]+[xwh])?(\s*(?:,|$))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(srcset)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const url = m[1]!.replace(/,$/, '');
    if (!url) continue;
    const d = m[2]?.trim() ?? '';
    const n = d ? Number(d.slice(0, -1)) : 0;
    const unit = d.slice(-1);
    // Widths and densities are not comparable; a density of 2 stands for a wide image.
    const weight = unit === 'w' ? n : unit === 'x' ? n * 1000 : 0;
    out.push({ url, weight: Number.isFinite(weight) ? weight : 0 });
  }
  return out;
}

/** The largest candidate of a srcset, or null. Real images beat placeholders. */
export function bestSrcsetUrl(srcset: string | null | undefined): string | null {
  if (!srcset) return null;
  let best: SrcsetCandidate | null = null;
  for (const c of parseSrcset(srcset)) {
    if (isPlaceholderSrc(c.url)) continue;
    if (!best || c.weight > best.weight) best = c;
  }
  return best?.url ?? null;
}

/** Resolves `raw` against `base`; only http(s) and inline raster images are kept. */
export function absoluteImageUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  if (/^data:/i.test(s)) return /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,/i.test(s) && !isPlaceholderSrc(s) ? s : null;
  try {
    const u = new URL(s, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
