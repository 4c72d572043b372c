/**
 * Page metadata read from the prepared clone before Readability changes it: headline,
 * authors, site, language and direction, canonical URL, excerpt, lead image, and the signals
 * that decide whether the page is one article. `readMetadata` reads only; everything it needs
 * from the DOM is captured before Readability mutates the clone. `finalizeMetadata` fills gaps
 * from Readability's findings; `judgeReaderable` gives the verdict. Pure.
 */
import type { TextDirection } from '../../clip';
import type { BodyResult } from '../body';
import type { JsonLdEntry } from '../json-ld';
import { parseByline } from './author-names';
import { isOrganisation, readAuthors, result as authorResult } from './authors';
import { readCanonical } from './canonical';
import { excerptFromBody, oneLine, readExcerpt } from './excerpt';
import { readLeadImage } from './image';
import { declaredDir, readDir, readLang } from './language';
import { ldView } from './ld';
import { readMetaTags } from './meta-tags';
import { indexMetaPage } from './page-index';
import { judge, readContentSignals, readPageSignals, type ContentSignals, type PageSignals, type ReaderableVerdict } from './readerable';
import { readSite, readableHost, type SiteInfo } from './site';
import { readTitle, stripSiteName, stripTrailingNames } from './title';
import { cleanValue } from './text';

export type { ReaderableVerdict } from './readerable';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: TextDirection | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** Whether the title is the text of a heading (true) or was read from metadata. */
  titleFromHeading: boolean;
  /** Whether `dir` was declared by the page (true) or inferred from language or script. */
  dirDeclared: boolean;
  /** What the page says it is, read before Readability. */
  page: PageSignals;
  /** Shape of Readability's chosen body, set by finalizeMetadata before clean-up. */
  content: ContentSignals | null;
  /** Site names and host, for recognising the site in Readability's fallbacks. */
  site: SiteInfo;
  url: string;
}

export interface MetadataContext {
  url: string;
  jsonLd: readonly JsonLdEntry[];
  /** Handed every element of the page as the metadata index walks it (the date index rides along). */
  visit?: (el: Element, names: readonly string[]) => void;
}

export function readMetadata(doc: Document, ctx: MetadataContext): PageMetadata {
  const page = indexMetaPage(doc, ctx.url, ctx.visit);
  const meta = readMetaTags(page.metas);
  const ld = ldView(ctx.jsonLd);
  const site = readSite(page, meta, ld, ctx.url);
  const t = readTitle(page, meta, ld, site, ctx.url);
  const authors = readAuthors(page, meta, ld, site, t.heading);
  const lang = readLang(doc, meta, ld);
  const declared = declaredDir(doc.body) ?? (t.heading ? declaredDir(t.heading) : null);
  const dir = readDir(doc, lang, t.heading, t.title);
  return {
    title: t.title,
    titleFromHeading: t.heading !== null,
    authors: authors.authors,
    byline: authors.byline,
    siteName: site.names[0] ?? t.titleRemainder ?? readableHost(site),
    lang,
    dir,
    dirDeclared: declared !== null || doc.documentElement.hasAttribute('dir'),
    canonicalUrl: readCanonical(page, meta, ld, ctx.url),
    excerpt: readExcerpt(meta, ld),
    leadImage: readLeadImage(page, meta, ld),
    page: readPageSignals(doc, meta, ld, ctx.url),
    content: null,
    site,
    url: ctx.url,
  };
}

/** Fills what the page's own metadata lacked from Readability's findings. */
export function finalizeMetadata(meta: PageMetadata, body: BodyResult): PageMetadata {
  const r = body.readability;
  const rDir = r.dir === 'rtl' || r.dir === 'ltr' || r.dir === 'auto' ? r.dir : null;
  const content = readContentSignals(body.content, meta.url);
  let authors = { authors: meta.authors, byline: meta.byline };
  // On a list of teasers Readability's byline belongs to one of the teasers.
  const teaserList = content.linkedHeadings >= 4 && content.wordsPerLinkedHeading < 60;
  if (teaserList) {
    // Nothing from Readability.
  } else if (authors.authors.length === 0 && r.byline) {
    const names = parseByline(r.byline);
    if (names.length > 0) authors = authorResult(names);
  } else if (authors.authors.every((a) => isOrganisation(a, meta.site)) && r.byline) {
    // Readability found a person where the page only credited an organisation.
    const names = parseByline(r.byline).filter((n) => !isOrganisation(n, meta.site));
    if (names.length > 0) authors = authorResult(names);
  }
  const rTitle = cleanValue(r.title);
  let title = meta.title ?? (rTitle ? stripSiteName(rTitle, meta.site, true) : null);
  // "Headline | Code | Nicolas Perriault": a <title> may end with the author's name.
  if (title && !meta.titleFromHeading) title = stripTrailingNames(title, authors.authors);
  return {
    ...meta,
    title,
    ...authors,
    siteName: meta.siteName ?? cleanValue(r.siteName),
    lang: meta.lang ?? cleanValue(r.lang),
    dir: meta.dirDeclared ? meta.dir : (rDir ?? meta.dir),
    excerpt: meta.excerpt ?? oneLine(cleanValue(r.excerpt)) ?? excerptFromBody(body.content),
    content,
  };
}

/** Decides whether the page is one article, and says why not. */
export function judgeReaderable(meta: PageMetadata, body: BodyResult, wordCount: number): ReaderableVerdict {
  const content = meta.content ?? readContentSignals(body.content, meta.url);
  return judge(meta.page, content, Boolean(body.content), wordCount);
}
