/**
 * Node-side DOM for the CLI, the evaluation and the unit tests: jsdom with the page URL set
 * (so relative links resolve) and scripts off. Pages are decoded from bytes as a browser would.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml, type DecodedHtml } from '../../utils/extract/decode';

export interface LoadedPage {
  document: Document;
  window: Window;
  decoded: DecodedHtml | null;
  /** Frees jsdom's memory; call when done with the page. */
  close(): void;
}

export function loadHtml(html: string, url: string): LoadedPage {
  // A silent console: pages are full of CSS jsdom cannot parse, which is not our concern.
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const window = dom.window as unknown as Window;
  return { document: window.document, window, decoded: null, close: () => dom.window.close() };
}

export function loadBytes(bytes: Uint8Array, url: string, transportCharset?: string | null): LoadedPage {
  const decoded = decodeHtml(bytes, transportCharset);
  return { ...loadHtml(decoded.html, url), decoded };
}
