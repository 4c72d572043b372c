/**
 * The stored-Markdown record (`md:<id>`) and its checks, apart from the converter so the storage
 * layer (which runs in the background) can validate and fingerprint without loading Turndown or
 * a DOM. Pure.
 */
import type { Clip, ExtractedClip } from '../clip';

/**
 * Bump whenever the body converter's output changes (Turndown rules, figures, escaping): stored
 * bodies of an older version are ignored and made again.
 */
export const MARKDOWN_BODY_VERSION = 1;

/** What is stored under `md:<id>`. Plain JSON. */
export interface StoredMarkdown {
  /** MARKDOWN_BODY_VERSION it was made with. */
  v: number;
  /** Fingerprint of the inputs (`bodySource`): html, url and figures. */
  src: string;
  /** The clip's `updatedAt` when this was written; a stored body is used only when it matches. */
  updatedAt: string;
  /** The body as clipToMarkdown writes it, before trimming. */
  body: string;
  /** Text of the body's first heading (the `# Title` line is left out when it repeats it). */
  firstHeading: string | null;
  /** Image URLs the body links to, in order, each once. */
  images: string[];
}

type BodyInputs = Pick<ExtractedClip, 'html' | 'url' | 'figures'>;

/** FNV-1a over a string, continuing from `h`. */
function fnv(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A fingerprint of everything the body is made from. Two different inputs could collide, which
 * only matters when a body is handed to the storage layer from elsewhere (the popup): it is
 * checked against the clip being saved, and lengths are part of it.
 */
export function bodySource(clip: BodyInputs): string {
  const figures = JSON.stringify(clip.figures ?? []);
  let h = fnv(clip.html, 0x811c9dc5);
  h = fnv(clip.url, h);
  h = fnv(figures, h);
  return `${MARKDOWN_BODY_VERSION}:${clip.html.length}:${clip.url.length}:${figures.length}:${h.toString(16)}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Limits for a body handed over in a message (the clip itself is capped at a few MB). */
export const MAX_STORED_BODY_CHARS = 8 * 1024 * 1024;

/** Checks the shape of a stored or received record; null when it is not one we can use. */
export function asStoredMarkdown(value: unknown): StoredMarkdown | null {
  if (!isObj(value)) return null;
  const { v, src, updatedAt, body, firstHeading, images } = value;
  if (v !== MARKDOWN_BODY_VERSION || typeof src !== 'string' || typeof updatedAt !== 'string') return null;
  if (typeof body !== 'string' || body.length > MAX_STORED_BODY_CHARS) return null;
  if (firstHeading !== null && typeof firstHeading !== 'string') return null;
  if (!Array.isArray(images) || images.length > 10_000 || !images.every((s) => typeof s === 'string')) return null;
  return { v, src, updatedAt, body, firstHeading, images: images as string[] };
}

/** True when `stored` was made from this very clip version (cheap: no hashing). */
export function storedMatches(clip: Pick<Clip, 'updatedAt'>, stored: StoredMarkdown | null | undefined): stored is StoredMarkdown {
  return !!stored && stored.v === MARKDOWN_BODY_VERSION && stored.updatedAt === clip.updatedAt;
}

