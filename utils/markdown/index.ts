/**
 * Clip → Markdown: YAML front matter, an `# Title` heading, then the body. Pure: the only DOM it
 * touches is the window it is given (default: the page's own `window`; in Node, a jsdom window
 * it loads itself). Used by the library export, the popup's "Copy as Markdown" and the CLI's `--format md`.
 * The output shape is documented in utils/markdown/README.md.
 */
import type { Clip, ExtractedClip } from '../clip';
import { htmlToMarkdown, imageSources } from './body';
import type { DomWindow } from './prepare';
import { assembleMarkdown, renderStoredMarkdown, type StoredMarkdown } from './stored';

export { FRONT_MATTER_FIELDS, readFrontMatter, clipFrontMatter, type FrontMatterField } from './front-matter';
export { EXECUTABLE_FENCE_LANGUAGES } from './code';
export type { DomWindow } from './prepare';
export {
  MARKDOWN_BODY_VERSION,
  assembleMarkdown,
  asStoredMarkdown,
  bodySource,
  storedMatches,
  type AssembleOptions,
  type StoredMarkdown,
} from './stored';

export interface MarkdownOptions {
  /** Front-matter keys to include; all when absent. Order in the file is always the canonical one. */
  fields?: readonly string[];
  /** The DOM to parse and sanitize with; defaults to the global `window` (jsdom in Node). */
  window?: DomWindow | Window;
  /** Write `# Title` above the body (skipped when the body already opens with that h1). Default true. */
  heading?: boolean;
  /** Rewrites image URLs, e.g. to `images/…` paths inside an export zip. */
  imageSrc?: (src: string) => string;
}

export interface MarkdownResult {
  markdown: string;
  /** The image URLs the Markdown links to (before `imageSrc`), in order, each once. */
  images: string[];
}

type NodeProcess = { getBuiltinModule?: (id: string) => unknown };
let nodeWindow: DomWindow | null = null;

/**
 * In Node (CLI, scripts) with no window given: one jsdom window, loaded lazily through
 * `process.getBuiltinModule` so bundlers never see a `jsdom` import. Null in browsers.
 */
function nodeFallbackWindow(): DomWindow | null {
  if (nodeWindow) return nodeWindow;
  const proc = (globalThis as { process?: NodeProcess }).process;
  if (typeof proc?.getBuiltinModule !== 'function') return null;
  try {
    const mod = proc.getBuiltinModule('node:module') as { createRequire(from: string): (id: string) => unknown };
    const { JSDOM } = mod.createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: unknown } };
    nodeWindow = new JSDOM('').window as DomWindow;
    return nodeWindow;
  } catch {
    return null;
  }
}

function resolveWindow(win: DomWindow | Window | undefined): DomWindow {
  // A plain `Window` (e.g. jsdom's, typed as Window) has DOMParser and the rest at run time.
  const candidate = (win as DomWindow | undefined) ?? (globalThis as { window?: DomWindow }).window ?? nodeFallbackWindow();
  if (!candidate || typeof candidate.DOMParser !== 'function') {
    // E.g. the MV3 service worker: it has no DOM to sanitize and convert with.
    throw new Error('clipToMarkdown needs a DOM: run it in a page, or pass options.window.');
  }
  return candidate;
}

/** Markdown plus the list of images it links to. */
export function renderClipMarkdown(clip: Clip | ExtractedClip, options: MarkdownOptions = {}): MarkdownResult {
  const win = resolveWindow(options.window);
  const body = htmlToMarkdown(clip.html, win, { baseUrl: clip.url, figures: clip.figures, rewrite: options.imageSrc });
  const markdown = assembleMarkdown(clip, { body: body.markdown, firstHeading: body.firstHeading }, options);
  return { markdown, images: body.images };
}

/** A clip's body converted for storing beside it (see stored.ts); needs a DOM like clipToMarkdown. */
export function clipStoredMarkdown(clip: (Clip | ExtractedClip) & { updatedAt?: string }, options: Pick<MarkdownOptions, 'window'> = {}): StoredMarkdown {
  return renderStoredMarkdown(clip, resolveWindow(options.window));
}

/** The clip as a Markdown file's text (UTF-8 when written as a Blob). */
export function clipToMarkdown(clip: Clip | ExtractedClip, options: MarkdownOptions = {}): string {
  return renderClipMarkdown(clip, options).markdown;
}

/** The image URLs a clip's Markdown would link to, without converting the body. */
export function clipImageSources(clip: Clip | ExtractedClip, options: Pick<MarkdownOptions, 'window'> = {}): string[] {
  return imageSources(clip.html, resolveWindow(options.window), { baseUrl: clip.url, figures: clip.figures });
}
