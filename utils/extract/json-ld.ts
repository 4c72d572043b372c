/**
 * JSON-LD reader shared by the metadata, author and date passes. Pure; reads the document
 * without changing it. Defensive: broken blocks are skipped or repaired, never thrown.
 */

export type JsonLdNode = Record<string, unknown>;

export interface JsonLdEntry {
  node: JsonLdNode;
  /** Lower-cased `@type` values, with any schema.org prefix removed. */
  types: string[];
  /** Nesting depth: 0 for top-level objects and @graph members. */
  depth: number;
}

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'blogposting',
  'socialmediaposting', 'liveblogposting', 'scholarlyarticle', 'techarticle', 'report',
  'medicalscholarlyarticle', 'advertisercontentarticle', 'satiricalarticle', 'discussionforumposting',
  'posting', 'creativework', 'webpage', 'itempage', 'review', 'recipe', 'howto', 'videoobject',
  'podcastepisode', 'event', 'pressrelease',
]);

/** The strongest article-like types, in order of preference. */
const PRIMARY_ARTICLE = /(?:^|\b)(?:newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|liveblogposting|scholarlyarticle|techarticle|socialmediaposting|report|pressrelease)$/;

export function normalizeType(t: string): string {
  return t.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, '').trim().toLowerCase();
}

export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [normalizeType(t)];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map(normalizeType);
  return [];
}

function parseBlock(raw: string): unknown {
  const text = raw
    .replace(/^\s*<!\[CDATA\[/, '')
    .replace(/\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    // Real pages put raw newlines and tabs inside strings and leave trailing commas.
    const repaired = text
      // eslint-disable-next-line no-control-regex -- raw control characters are the defect being repaired
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

function walk(value: unknown, depth: number, out: JsonLdEntry[], seen: Set<unknown>): void {
  if (depth > 8 || value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) walk(item, depth, out, seen);
    return;
  }
  const node = value as JsonLdNode;
  const graph = node['@graph'];
  if (graph !== undefined) walk(graph, depth, out, seen);
  const types = typesOf(node);
  if (types.length > 0) out.push({ node, types, depth });
  for (const [key, child] of Object.entries(node)) {
    if (key === '@graph' || key === '@context') continue;
    if (child && typeof child === 'object') walk(child, depth + 1, out, seen);
  }
}

export function isJsonLdScript(script: Element): boolean {
  return (script.getAttribute('type') ?? '').toLowerCase().startsWith('application/ld+json');
}

/**
 * Every typed JSON-LD object on the page, top-level first, in document order. `scripts`: the
 * page's JSON-LD scripts in document order, when a walk of the page (prepare.ts) collected them.
 */
export function readJsonLd(doc: Document, scripts?: readonly Element[]): JsonLdEntry[] {
  const out: JsonLdEntry[] = [];
  const seen = new Set<unknown>();
  // A static copy of the (short) live list: cheaper in jsdom than a selector query per clone.
  for (const script of scripts ?? Array.from(doc.getElementsByTagName('script'))) {
    if (!isJsonLdScript(script)) continue;
    const parsed = parseBlock(script.textContent ?? '');
    if (parsed !== null) walk(parsed, 0, out, seen);
  }
  return out.sort((a, b) => a.depth - b.depth);
}

export function isArticleType(types: readonly string[]): boolean {
  return types.some((t) => ARTICLE_TYPES.has(t) || t.endsWith('article'));
}

/** The JSON-LD object that describes the article itself, if any. */
export function findArticleNode(entries: readonly JsonLdEntry[]): JsonLdEntry | null {
  const primary = entries.filter((e) => e.types.some((t) => PRIMARY_ARTICLE.test(t)));
  if (primary.length > 0) {
    // Prefer the one with the most article fields: listing pages often carry several stubs.
    return primary
      .map((e) => ({ e, score: ['headline', 'datePublished', 'author', 'articleBody'].filter((k) => k in e.node).length - e.depth * 0.1 }))
      .sort((a, b) => b.score - a.score)[0]!.e;
  }
  return entries.find((e) => isArticleType(e.types)) ?? null;
}

/** A JSON-LD value as plain strings: strings, numbers, `{name}`/`{@value}` objects, arrays of them. */
export function ldStrings(value: unknown, key = 'name'): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((v) => ldStrings(v, key));
  if (typeof value === 'object') {
    const obj = value as JsonLdNode;
    if (key in obj) return ldStrings(obj[key], key);
    if ('@value' in obj) return ldStrings(obj['@value'], key);
  }
  return [];
}
