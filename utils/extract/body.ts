/**
 * Finds the article body on the prepared clone (Readability), then removes what is not the
 * article. Mutates the clone.
 */
import { Readability } from '@mozilla/readability';
import { fallbackContent } from './body/fallback';

export interface BodyResult {
  /** The article container: detached from the page, owned by the working clone. */
  content: Element | null;
  /** Readability's own metadata, used as a fallback by the metadata pass. */
  readability: {
    title: string | null;
    byline: string | null;
    excerpt: string | null;
    siteName: string | null;
    lang: string | null;
    dir: string | null;
    publishedTime: string | null;
  };
}

export function readBody(doc: Document): BodyResult {
  const parsed = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    keepClasses: true,
    // The metadata pass reads JSON-LD already (json-ld.ts); Readability parsing it again was ~3% of its time.
    disableJSONLD: true,
  }).parse();
  // Readability gives up when all its attempts come out empty; the page may still hold a story.
  const content = parsed?.content ?? fallbackContent(doc);
  return {
    content,
    readability: {
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      excerpt: parsed?.excerpt ?? null,
      siteName: parsed?.siteName ?? null,
      lang: parsed?.lang ?? null,
      dir: parsed?.dir ?? null,
      publishedTime: parsed?.publishedTime ?? null,
    },
  };
}
