/** One image element → its absolute best URL, or null when it is not a picture of the story. Pure. */
import { absoluteImageUrl, bestSrcsetUrl, isPlaceholderSrc } from './image-url';

const DECORATIVE = /(?:^|[\s_/.-])(?:gr)?(?:avatars?|emojis?|icons?|logos?|spinner|loader|badges?|sprites?|pixel|tracking|share|button|spacer|blank)(?:[\s_/.-]|\d|$)/i;

function dim(img: Element, name: string): number | null {
  const v = img.getAttribute(name);
  if (!v || !/^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/.test(v)) return null;
  return parseFloat(v);
}

/** True for icons, avatars, emoji, tracking pixels and other non-photos. */
export function isDecorative(img: Element): boolean {
  const w = dim(img, 'width');
  const h = dim(img, 'height');
  if ((w !== null && w < 50) || (h !== null && h < 50)) return true;
  const cls = `${img.getAttribute('class') ?? ''} ${img.id}`;
  if (DECORATIVE.test(cls)) return true;
  const src = img.getAttribute('src') ?? '';
  let path = src;
  try {
    path = new URL(src, 'http://x.invalid/').pathname;
  } catch {
    // keep the raw value
  }
  return DECORATIVE.test(path);
}

/** The absolute URL of the best candidate: the widest `srcset` entry, else `src`. */
export function bestImageUrl(img: Element, baseUrl: string): string | null {
  const fromSet = bestSrcsetUrl(img.getAttribute('srcset'));
  const src = img.getAttribute('src');
  const raw = fromSet ?? (isPlaceholderSrc(src) ? null : src);
  return absoluteImageUrl(raw, baseUrl) ?? absoluteImageUrl(isPlaceholderSrc(src) ? null : src, baseUrl);
}

/** A key for "the same photo at another size": the file name without size suffixes. */
export function imageKey(src: string): string {
  try {
    const u = new URL(src);
    const name = (u.pathname.split('/').pop() ?? '').toLowerCase();
    return name.replace(/[-_]\d{2,4}x\d{2,4}(?=\.)/, '').replace(/[-_](?:\d{2,4}w|large|medium|small|thumb|\d{3,4})(?=\.)/, '');
  } catch {
    return src;
  }
}
