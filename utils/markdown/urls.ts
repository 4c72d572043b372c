/**
 * Which URLs may appear as Markdown link or image targets, and how they are written (E12). Pure.
 * Links: http(s) and mailto only; anything else is dropped and the caller keeps the link text.
 * Images: http(s) and base64 raster `data:image/…` only.
 */

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/]+=*$/i;

function resolve(raw: string | null | undefined, base: string | undefined): URL | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

/** The resolved absolute href of a link we may write, or null for a scheme we never write. */
export function safeLinkHref(raw: string | null | undefined, base?: string): string | null {
  const url = resolve(raw, base);
  return url && LINK_SCHEMES.has(url.protocol) ? url.href : null;
}

/** The resolved absolute src of an image we may write, or null. */
export function safeImageSrc(raw: string | null | undefined, base?: string): string | null {
  const value = (raw ?? '').replace(/\s+/g, '');
  if (/^data:/i.test(value)) return DATA_IMAGE.test(value) ? value : null;
  const url = resolve(raw, base);
  return url && IMAGE_SCHEMES.has(url.protocol) ? url.href : null;
}

/**
 * Writes a URL as a Markdown link destination. The URL parser has already percent-encoded
 * spaces and angle brackets in most places; what is left (parens, spaces in odd schemes)
 * goes in the `<…>` form, inside which `<`, `>`, backslashes and line breaks cannot appear.
 */
export function linkDestination(href: string): string {
  const cleaned = href.replace(/[<>\\\r\n]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  return /[\s()]/.test(cleaned) ? `<${cleaned}>` : cleaned;
}
