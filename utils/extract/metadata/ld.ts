/**
 * JSON-LD lookups the metadata readers need beyond json-ld.ts: `@id` references resolved
 * against the page's other objects (Yoast puts authors in `@graph` and points at them),
 * and the names of the publisher and the web site. Pure.
 */
import { findArticleNode, type JsonLdEntry, type JsonLdNode } from '../json-ld';
import { cleanValue } from './text';

export interface LdView {
  /** The object describing the article itself, if any. */
  article: JsonLdNode | null;
  /** Looks up an object by its `@id`. */
  byId(id: string): JsonLdNode | null;
  entries: readonly JsonLdEntry[];
}

export function ldView(entries: readonly JsonLdEntry[]): LdView {
  const ids = new Map<string, JsonLdNode>();
  for (const e of entries) {
    const id = e.node['@id'];
    // The first full definition wins; later bare references must not replace it.
    if (typeof id === 'string' && !ids.has(id)) ids.set(id, e.node);
  }
  return {
    article: findArticleNode(entries)?.node ?? null,
    byId: (id) => ids.get(id) ?? null,
    entries,
  };
}

/** Follows a bare `{ "@id": … }` reference to the object it names. */
export function deref(view: LdView, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const node = value as JsonLdNode;
    const id = node['@id'];
    if (typeof id === 'string' && !('name' in node)) return view.byId(id) ?? value;
  }
  return value;
}

/** A `name` (or the string itself) of a JSON-LD value, entities decoded. */
export function ldName(view: LdView, value: unknown): string | null {
  const v = deref(view, Array.isArray(value) ? value[0] : value);
  if (typeof v === 'string') return cleanValue(v);
  if (v && typeof v === 'object') {
    const name = (v as JsonLdNode)['name'];
    if (typeof name === 'string') return cleanValue(name);
    if (Array.isArray(name) && typeof name[0] === 'string') return cleanValue(name[0]);
  }
  return null;
}

/** A plain string field of the article node. */
export function ldArticleString(view: LdView, key: string): string | null {
  const v = view.article?.[key];
  if (typeof v === 'string') return cleanValue(v);
  if (Array.isArray(v) && typeof v[0] === 'string') return cleanValue(v[0]);
  return null;
}

/** The publisher's name, then the WebSite's and the top-level Organization's. */
export function ldSiteNames(view: LdView): string[] {
  const out: string[] = [];
  const push = (s: string | null) => {
    if (s && !out.includes(s)) out.push(s);
  };
  if (view.article) push(ldName(view, view.article['publisher']));
  for (const e of view.entries) {
    if (e.types.includes('website')) push(ldName(view, e.node));
  }
  for (const e of view.entries) {
    if (e.depth === 0 && (e.types.includes('organization') || e.types.includes('newsmediaorganization'))) push(ldName(view, e.node));
  }
  return out;
}
