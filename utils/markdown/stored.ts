/**
 * A clip's Markdown body made once, when the clip is saved, and stored beside it (`md:<id>`, see
 * utils/storage/keys.ts). Converting the body (sanitize + Turndown) is most of an export's cost;
 * it depends only on the extracted `html`, `url` and `figures`, which the user never edits. The
 * front matter and the `# Title` line depend on fields the user edits (title, tags, note), so
 * they are written at export time from the clip itself: `assembleMarkdown(clip, stored)` gives
 * exactly the bytes `clipToMarkdown(clip)` gives (tested on every golden file).
 */
import type { Clip, ExtractedClip } from '../clip';
import { htmlToMarkdown } from './body';
import { clipFrontMatter } from './front-matter';
import { textKey } from './figures';
import type { DomWindow } from './prepare';
import { oneLine } from './text';
import { escapeMarkdownText } from './turndown';
import { neutralizeTemplater } from './escape';
import { MARKDOWN_BODY_VERSION, bodySource, type StoredMarkdown } from './stored-record';

export * from './stored-record';

/** Converts a clip's body for storing. Needs a DOM (`window`), like clipToMarkdown. */
export function renderStoredMarkdown(clip: (Clip | ExtractedClip) & { updatedAt?: string }, win: DomWindow): StoredMarkdown {
  const body = htmlToMarkdown(clip.html, win, { baseUrl: clip.url, figures: clip.figures });
  return {
    v: MARKDOWN_BODY_VERSION,
    src: bodySource(clip),
    updatedAt: clip.updatedAt ?? '',
    body: body.markdown,
    firstHeading: body.firstHeading,
    images: body.images,
  };
}

export interface AssembleOptions {
  fields?: readonly string[];
  heading?: boolean;
}

/** Front matter + `# Title` + a body made earlier: the same text as clipToMarkdown. */
export function assembleMarkdown(clip: Clip | ExtractedClip, stored: Pick<StoredMarkdown, 'body' | 'firstHeading'>, options: AssembleOptions = {}): string {
  const front = clipFrontMatter(clip, options.fields);
  const title = oneLine(clip.title);
  const showHeading = options.heading !== false && title !== '' && textKey(stored.firstHeading) !== textKey(title);
  const body = stored.body.trim();
  let text = showHeading ? `# ${neutralizeTemplater(escapeMarkdownText(title))}` : '';
  if (body) text = text ? `${text}\n\n${body}` : body;
  return front + (front && text ? '\n' : '') + text + (text ? '\n' : '');
}
