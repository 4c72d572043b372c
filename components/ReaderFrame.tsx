/**
 * The article body, rendered in a sandboxed frame: no scripts, opaque origin, no extension APIs
 * (reliability.md S9). The HTML is sanitized again here, right before rendering, because stored
 * clips may come from older versions or imports (S10).
 */
import { useMemo } from 'preact/hooks';
import { READER_SANDBOX, buildReaderDocument, readerSrcdoc } from '../utils/reader-frame';
import readerCssUrl from './reader-frame.css?url';

// The srcdoc builder lives in utils/reader-frame.ts, shared with the library's reading view.
export { buildReaderDocument };

export interface ReaderFrameProps {
  html: string;
  lang?: string | null;
  dir?: string | null;
  title: string;
  /** Defaults to the current window; tests pass jsdom's. */
  win?: typeof window;
}

export function ReaderFrame({ html, lang, dir, title, win }: ReaderFrameProps) {
  const srcdoc = useMemo(() => {
    const w = win ?? window;
    // srcdoc documents resolve URLs against the parent's; an absolute href avoids surprises.
    const cssHref = new URL(readerCssUrl, w.location.href).href;
    return readerSrcdoc(html, w, { lang, dir, cssHref });
  }, [html, lang, dir, win]);
  return (
    <iframe
      class="reader-frame"
      title={`Article preview: ${title}`}
      sandbox={READER_SANDBOX}
      referrerpolicy="no-referrer"
      srcdoc={srcdoc}
    />
  );
}
