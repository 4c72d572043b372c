/** Clip HTML → Markdown body: sanitize again, prepare figures and tables, Turndown. Pure. */
import type { Figure } from '../clip';
import { neutralizeTemplater } from './escape';
import { prepareBody, type DomWindow } from './prepare';
import { renderMarkdown } from './turndown';

export interface BodyOptions {
  baseUrl: string;
  figures: readonly Figure[];
  rewrite?: (src: string) => string;
}

export interface BodyResult {
  markdown: string;
  /** Image URLs written (before any rewrite), in order, each once. */
  images: string[];
  firstHeading: string | null;
}

export function htmlToMarkdown(html: string, win: DomWindow, options: BodyOptions): BodyResult {
  const prepared = prepareBody(html, win, options);
  const markdown = renderMarkdown(prepared.container, {
    baseUrl: options.baseUrl,
    groups: prepared.groups,
    rewrite: options.rewrite,
  });
  return { markdown: neutralizeTemplater(markdown), images: prepared.images, firstHeading: prepared.firstHeading };
}

/** The image URLs a clip's Markdown will link to, without converting it (for downloading them). */
export function imageSources(html: string, win: DomWindow, options: Omit<BodyOptions, 'rewrite'>): string[] {
  return prepareBody(html, win, options).images;
}
