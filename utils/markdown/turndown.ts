/**
 * The one Turndown service: GFM tables and strikethrough, plus our own rules for links, images,
 * figures, code and headings (E12–E15). Turndown's escaping stays on, with escapeExtra on top,
 * and nothing is ever kept as raw HTML. Synchronous: the per-call context is set for the
 * duration of one `turndown()` call.
 */
import TurndownService from 'turndown';
import { strikethrough, tables } from 'turndown-plugin-gfm';
import { fencedBlock, languageFromClass } from './code';
import { escapeExtra } from './escape';
import { figureMarkdown, imageLine, type FigureItem } from './figures';
import { FIGURE_ATTR } from './prepare';
import { linkDestination, safeLinkHref } from './urls';

export interface RenderContext {
  baseUrl: string;
  groups: readonly FigureItem[][];
  /** Rewrites an image URL (download mode: the file's path inside the zip). */
  rewrite?: (src: string) => string;
}

let current: RenderContext | null = null;
let service: TurndownService | null = null;

function context(): RenderContext {
  if (!current) throw new Error('Turndown rule ran outside renderMarkdown()');
  return current;
}

const oneLineContent = (s: string) => s.replace(/\s*\n+\s*/g, ' ').trim();

function group(node: HTMLElement): readonly FigureItem[] {
  return context().groups[Number(node.getAttribute(FIGURE_ATTR))] ?? [];
}

function build(): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    // Never raw HTML, even if some rule asked to keep an element.
    keepReplacement: (content, node) => ((node as { isBlock?: boolean }).isBlock ? `\n\n${content}\n\n` : content),
  });
  const baseEscape = td.escape.bind(td);
  td.escape = (s: string) => escapeExtra(baseEscape(s));
  const escape = (s: string) => td.escape(s);

  td.use([tables, strikethrough]);
  td.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea']);

  td.addRule('ncTableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const first = node.parentNode?.firstChild === node;
      const text = oneLineContent(content).replace(/\|/g, '\\|');
      return `${first ? '| ' : ' '}${text} |`;
    },
  });
  td.addRule('ncListItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number.parseInt(parent.getAttribute('start') ?? '1', 10);
        const index = Array.prototype.indexOf.call(parent.children, node);
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?=[^\n])/g, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  td.addRule('ncHeading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const text = oneLineContent(content);
      return text ? `\n\n${'#'.repeat(Number(node.nodeName.charAt(1)))} ${text}\n\n` : '';
    },
  });
  td.addRule('ncCode', {
    filter: 'pre',
    replacement: (_content, node) => {
      const code = (node as HTMLElement).querySelector('code');
      const lang = languageFromClass(code?.getAttribute('class')) || languageFromClass((node as HTMLElement).getAttribute('class'));
      const text = node.textContent ?? '';
      return text.trim() ? fencedBlock(text, lang) : '';
    },
  });
  td.addRule('ncLink', {
    filter: 'a',
    replacement: (content, node) => {
      const raw = (node as HTMLElement).getAttribute('href') ?? '';
      const href = raw.trim().startsWith('#') ? null : safeLinkHref(raw, context().baseUrl);
      if (!href) return content;
      const text = oneLineContent(content);
      return text ? `[${text}](${linkDestination(href)})` : '';
    },
  });
  td.addRule('ncImage', {
    filter: (node) => node.nodeName === 'IMG',
    replacement: (_content, node) => {
      const items = group(node as HTMLElement);
      const item = items[0];
      return item ? imageLine(item, escape, context().rewrite) : '';
    },
  });
  td.addRule('ncFigure', {
    filter: (node) => node.nodeName === 'FIGURE' && (node as HTMLElement).hasAttribute(FIGURE_ATTR),
    replacement: (_content, node) => {
      const md = figureMarkdown(group(node as HTMLElement), escape, context().rewrite);
      return md ? `\n\n${md}\n\n` : '';
    },
  });
  return td;
}

function getService(): TurndownService {
  service ??= build();
  return service;
}

/** Escapes a piece of text exactly as body text is escaped. */
export function escapeMarkdownText(s: string): string {
  return getService().escape(s);
}

export function renderMarkdown(root: HTMLElement, ctx: RenderContext): string {
  const td = getService();
  current = ctx;
  try {
    return td.turndown(root);
  } finally {
    current = null;
  }
}
