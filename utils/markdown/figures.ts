/**
 * Figures: one photo, its caption and its credit, always together and written once. Pure.
 *
 * The fixed Markdown shape of a figure (documented in utils/markdown/README.md):
 *
 *     ![alt](src)
 *     *Caption text* — Credit
 *
 * - caption only: `*Caption text*`; credit only: `— Credit`; neither: the image line alone;
 * - a figure with several photos and one caption: each image line, then the caption line once;
 * - a photo whose URL we may not write (not http(s) or a raster data: image): the caption line alone.
 * Caption and credit are single lines, with Markdown escaped.
 */
import type { Figure } from '../clip';
import { linkDestination } from './urls';
import { oneLine } from './text';

/** One photo as written: `src` already checked by safeImageSrc (null when unusable). */
export interface FigureItem {
  src: string | null;
  alt: string;
  caption: string | null;
  credit: string | null;
}

export type Escape = (s: string) => string;

function captionLine(caption: string | null, credit: string | null, escape: Escape): string {
  const cap = caption ? oneLine(caption) : '';
  const cred = credit ? oneLine(credit) : '';
  if (cap && cred) return `*${escape(cap)}* — ${escape(cred)}`;
  if (cap) return `*${escape(cap)}*`;
  if (cred) return `— ${escape(cred)}`;
  return '';
}

/** An image line, or '' when the photo has no URL we may write. */
export function imageLine(item: Pick<FigureItem, 'src' | 'alt'>, escape: Escape, rewrite?: (src: string) => string): string {
  if (!item.src) return '';
  const src = rewrite ? rewrite(item.src) : item.src;
  return `![${escape(oneLine(item.alt))}](${linkDestination(src)})`;
}

/** The Markdown block of a figure group (see the shape above). */
export function figureMarkdown(items: readonly FigureItem[], escape: Escape, rewrite?: (src: string) => string): string {
  const lines: string[] = [];
  items.forEach((item, i) => {
    const image = imageLine(item, escape, rewrite);
    if (image) lines.push(image);
    const next = items[i + 1];
    // Photos that share one caption show it once, after the last of them.
    if (next && next.caption === item.caption && next.credit === item.credit) return;
    const caption = captionLine(item.caption, item.credit, escape);
    if (caption) lines.push(caption);
  });
  return lines.join('\n');
}

/** Loose text key for comparing captions written slightly differently. */
export function textKey(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The last path segment of a URL, for matching the same photo at another size. */
function fileKey(src: string): string {
  try {
    const name = new URL(src).pathname.split('/').pop() ?? '';
    return name.length >= 5 ? name.toLowerCase() : '';
  } catch {
    return '';
  }
}

/**
 * Pairs photos found in the HTML with the extractor's figures list, each entry used at most once.
 * Tries, in order: the same URL (src or a srcset candidate), the same file name, the same caption.
 */
export class FigureMatcher {
  private readonly used: boolean[];
  private readonly fileKeys: string[];
  private readonly captionKeys: string[];

  constructor(private readonly figures: readonly Figure[]) {
    this.used = figures.map(() => false);
    this.fileKeys = figures.map((f) => fileKey(f.src));
    this.captionKeys = figures.map((f) => textKey(f.caption));
  }

  match(candidates: readonly string[], captionText: string | null): Figure | null {
    const take = (i: number): Figure | null => {
      if (i < 0) return null;
      this.used[i] = true;
      return this.figures[i] ?? null;
    };
    const free = (i: number) => !this.used[i];
    const exact = this.figures.findIndex((f, i) => free(i) && candidates.includes(f.src));
    if (exact >= 0) return take(exact);
    const keys = candidates.map(fileKey).filter(Boolean);
    const byFile = this.fileKeys.findIndex((k, i) => free(i) && k !== '' && keys.includes(k));
    if (byFile >= 0) return take(byFile);
    const cap = textKey(captionText);
    if (cap) {
      const byCaption = this.captionKeys.findIndex((k, i) => free(i) && k !== '' && cap.includes(k));
      if (byCaption >= 0) return take(byCaption);
    }
    return null;
  }

  /** Figures no photo in the HTML claimed, in their original order. */
  unused(): Figure[] {
    return this.figures.filter((_, i) => !this.used[i]);
  }
}
