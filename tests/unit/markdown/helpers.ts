/** Shared by the markdown and export tests: a jsdom window and a valid clip to vary. */
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { CLIP_SCHEMA_VERSION, type Clip } from '../../../utils/clip';
import type { DomWindow } from '../../../utils/markdown/index';

export const win = new JSDOM('').window as unknown as DomWindow;

export function makeClip(overrides: Partial<Clip> = {}): Clip {
  return {
    url: 'https://news.example/2024/05/01/harbour',
    canonicalUrl: 'https://news.example/2024/05/01/harbour',
    title: 'Harbour reopens',
    byline: 'By Ann Lee',
    authors: ['Ann Lee'],
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'The harbour reopened on Monday.',
    published: '2024-05-01T09:30:00+02:00',
    modified: null,
    dateEvidence: { published: { source: 'json-ld', raw: '2024-05-01T09:30:00+02:00' }, modified: null },
    figures: [],
    leadImage: null,
    html: '<p>The harbour reopened on Monday.</p>',
    text: 'The harbour reopened on Monday.',
    wordCount: 5,
    readerable: true,
    reason: null,
    fromSelection: false,
    extractor: { name: 'news-clipper', version: '0.1.0' },
    id: 'clip-0000001',
    schemaVersion: CLIP_SCHEMA_VERSION,
    tags: [],
    note: '',
    clippedAt: '2024-05-02T08:00:00.000Z',
    updatedAt: '2024-05-02T08:00:00.000Z',
    ...overrides,
  };
}

/** The body after the front matter. */
export function bodyOf(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '');
}

const md = new MarkdownIt({ html: true, linkify: false });
// Report every link target, including the ones markdown-it would refuse to render.
md.validateLink = () => true;

export interface MarkdownAudit {
  htmlTokens: string[];
  links: string[];
  images: string[];
  fences: string[];
}

/** Parses Markdown as CommonMark (HTML allowed, so any raw HTML shows up as a token). */
export function auditMarkdown(markdown: string): MarkdownAudit {
  const out: MarkdownAudit = { htmlTokens: [], links: [], images: [], fences: [] };
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const t of tokens) {
      if (t.type === 'html_inline' || t.type === 'html_block') out.htmlTokens.push(t.content);
      if (t.type === 'link_open') out.links.push(String(t.attrGet('href') ?? ''));
      if (t.type === 'image') out.images.push(String(t.attrGet('src') ?? ''));
      if (t.type === 'fence') out.fences.push(t.info);
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return out;
}
