/**
 * The article's authors, names only. People are preferred to organisations: JSON-LD Person
 * objects first, then author meta tags, then the byline in the page. An organisation (the
 * site itself, a desk, an agency) is returned only when no person is named anywhere. Pure.
 */
import { readDomByline, readTextByline } from './author-dom';
import { parseByline, plausibleName } from './author-names';
import { deref, type LdView } from './ld';
import type { MetaTags } from './meta-tags';
import type { MetaPage } from './page-index';
import { isSiteName, type SiteInfo } from './site';
import { cleanValue } from './text';

export interface AuthorResult {
  authors: string[];
  byline: string | null;
}

type JsonObject = Record<string, unknown>;

const ORG_WORDS =
  /(?:^|[\s.-])(?:gmbh|ag|e\.\s?v\.?|inc\.?|ltd\.?|llc|s\.a\.|sas|plc|verlag|media|médias?|group|gruppe|news|press|presse|agency|agentur|magazin|magazine|zeitung|times|journal|redaktion|redaktionen|team|staff|desk|newsroom|editors|editorial|reuters|afp|dpa|apa|efe|ansa|associated press|foundation|stiftung|university|universität|université|universidad|institut[e]?|ministry|ministerium|department|council|online|\.com|\.de|\.at|\.ch|\.org|\.net|\.fr|\.es|\.it|\.uk)(?:$|[\s.,-])/i;

/** True for names that are an organisation rather than a person. */
export function isOrganisation(name: string, site: SiteInfo): boolean {
  return isSiteName(name, site) || ORG_WORDS.test(name);
}

function personName(node: JsonObject): string | null {
  const name = node['name'];
  if (typeof name === 'string') return cleanValue(name);
  const given = typeof node['givenName'] === 'string' ? node['givenName'] : '';
  const family = typeof node['familyName'] === 'string' ? node['familyName'] : '';
  return cleanValue(`${given} ${family}`);
}

interface Found {
  people: string[];
  orgs: string[];
}

function addNames(into: Found, names: string[], site: SiteInfo, typedOrg = false): void {
  for (const n of names) {
    if (!plausibleName(n)) continue;
    const list = typedOrg || isOrganisation(n, site) ? into.orgs : into.people;
    if (!list.some((x) => x.toLowerCase() === n.toLowerCase())) list.push(n);
  }
}

function fromJsonLd(ld: LdView, site: SiteInfo): Found {
  const out: Found = { people: [], orgs: [] };
  const a = ld.article;
  if (!a) return out;
  const raw = a['author'] ?? a['creator'];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  for (const item of list.slice(0, 20)) {
    const v = deref(ld, item);
    if (typeof v === 'string') {
      addNames(out, parseByline(v), site);
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      const node = v as JsonObject;
      const t = node['@type'];
      const types = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
      const name = personName(node);
      if (!name) continue;
      const isOrg = types.some((x) => x.includes('organization') || x === 'corporation' || x === 'newsmediaorganization');
      addNames(out, isOrg ? [name] : parseByline(name), site, isOrg);
    }
  }
  return out;
}

/** Values that are links to profile pages, not names (article:author on Facebook pages). */
function notUrl(v: string): boolean {
  return !/^(?:https?:)?\/\/|^www\.|^\/[\w-]/i.test(v);
}

function fromMeta(meta: MetaTags, site: SiteInfo): { specific: Found; generic: Found } {
  const specific: Found = { people: [], orgs: [] };
  for (const key of ['citation_author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'article:author', 'byl', 'dc.creator.personalname']) {
    for (const v of meta.all(key)) if (notUrl(v)) addNames(specific, parseByline(v), site);
    if (specific.people.length > 0) break;
  }
  const generic: Found = { people: [], orgs: [] };
  for (const v of meta.all('author')) if (notUrl(v)) addNames(generic, parseByline(v), site);
  return { specific, generic };
}

/** A user name rather than a person's name: digits, or one lower-case token ("CC7567", "jdoe_22"). */
function handleLike(name: string): boolean {
  return /\d/.test(name) || /^[\p{Ll}\d_.-]+$/u.test(name);
}

/** "JEFFREY GETTLEMAN" is shown as another source spells it ("Jeffrey Gettleman"), when one does. */
function preferMixedCase(names: string[], sources: Found[]): string[] {
  return names.map((n) => {
    if (/\p{Ll}/u.test(n)) return n;
    const key = n.toLowerCase();
    for (const s of sources) {
      const hit = [...s.people, ...s.orgs].find((x) => x.toLowerCase() === key && /\p{Ll}/u.test(x));
      if (hit) return hit;
    }
    return n;
  });
}

export function readAuthors(page: MetaPage, meta: MetaTags, ld: LdView, site: SiteInfo, heading: Element | null): AuthorResult {
  const fromLd = fromJsonLd(ld, site);
  const { specific, generic } = fromMeta(meta, site);
  let dom = readDomByline(page.bylines, heading);
  if (!dom || dom.names.every((n) => isOrganisation(n, site))) dom = readTextByline(page.textBylines, heading) ?? dom;
  const fromDom: Found = { people: [], orgs: [] };
  if (dom) addNames(fromDom, dom.names, site);
  const all = [fromLd, specific, generic, fromDom];
  const finish = (names: string[]) => result(preferMixedCase(names, all));
  for (const source of [fromLd, specific, generic]) {
    if (source.people.length === 0) continue;
    // A user name where the byline shows a real name ("CC7567" / "James Akinaka").
    if (source.people.every(handleLike) && fromDom.people.some((n) => !handleLike(n)) && dom) return finish(dom.names.filter(plausibleName));
    return finish(source.people);
  }
  // A byline naming people keeps the desks and agencies it credits with them ("Jane Doe, dpa").
  if (fromDom.people.length > 0 && dom) return finish(dom.names.filter(plausibleName));
  // No person anywhere: the desk or organisation the page credits, as it shows it first.
  for (const source of [fromDom, fromLd, specific, generic]) {
    if (source.orgs.length > 0) return finish(source.orgs);
  }
  return { authors: [], byline: null };
}

/** Names and the byline that shows them; "; " between names that hold commas ("Jong, Michiel de"). */
export function result(names: string[]): AuthorResult {
  const sep = names.some((n) => n.includes(',')) ? '; ' : ', ';
  return { authors: names, byline: names.length > 0 ? names.join(sep) : null };
}
