/**
 * The article body, rendered in a sandboxed frame: no scripts, opaque origin, no extension APIs
 * (reliability.md S9). The HTML is sanitized again here, right before rendering, because stored
 * clips may come from older versions or imports (S10).
 */
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '../utils/sanitize';
import readerCssUrl from './reader-frame.css?url';

export interface ReaderFrameProps {
  html: string;
  lang?: string | null;
  dir?: string | null;
  title: string;
  /** Defaults to the current window; tests pass jsdom's. */
  win?: typeof window;
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function buildReaderDocument(cleanHtml: string, options: { lang?: string | null; dir?: string | null; cssHref: string }): string {
  const lang = options.lang ? ` lang="${escapeAttr(options.lang)}"` : '';
  const dir = options.dir === 'rtl' || options.dir === 'ltr' || options.dir === 'auto' ? ` dir="${options.dir}"` : '';
  return (
    `<!doctype html><html${lang}${dir}><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
    `<link rel="stylesheet" href="${escapeAttr(options.cssHref)}"></head><body><article>${cleanHtml}</article></body></html>`
  );
}

export function ReaderFrame({ html, lang, dir, title, win }: ReaderFrameProps) {
  const srcdoc = useMemo(() => {
    const w = win ?? window;
    // srcdoc documents resolve URLs against the parent's; an absolute href avoids surprises.
    const cssHref = new URL(readerCssUrl, w.location.href).href;
    return buildReaderDocument(sanitizeHtml(html, w), { lang, dir, cssHref });
  }, [html, lang, dir, win]);
  return (
    <iframe
      class="reader-frame"
      title={`Article preview: ${title}`}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      referrerpolicy="no-referrer"
      srcdoc={srcdoc}
    />
  );
}
