/**
 * Library search (pure): MiniSearch over the summary fields (title, authors, site, tags, note),
 * which are in memory as soon as the list is, plus the article-text index (body-index.ts) once
 * it is loaded. Every query word must match somewhere, in a summary field or in the text
 * (AND across words, OR across fields); typos and accents are tolerated, the last word is
 * also a prefix (search as you type).
 */
import MiniSearch from 'minisearch';
import type { ClipSummary } from '../storage/summary';
import type { BodyIndex } from './body-index';
import { foldTerm, isUnspacedTerm, terms, tokenize } from './text';
import { TimeSlicer } from '../export/yield';

interface MetaDoc {
  id: string;
  title: string;
  authors: string;
  site: string;
  tags: string;
  note: string;
}

export const META_FIELDS = ['title', 'authors', 'site', 'tags', 'note'] as const;
/** A word in the title says more than one in a note. */
export const META_BOOST: Readonly<Record<string, number>> = { title: 3, authors: 2, site: 1.5, tags: 2, note: 1 };
/** A word found only in the article text counts for less than one in a summary field. */
export const BODY_WEIGHT = 0.6;
/** Longest query handled; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_TERMS = 12;

export interface QueryTerm {
  term: string;
  prefix: boolean;
  /** Maximum edit distance for the article-text lookup (MiniSearch derives its own from `fuzzy`). */
  maxEdits: number;
}

/** Edit distance allowed for a typed word: none below 4 letters, 1 up to 7, then 2. */
export function editsFor(term: string): number {
  if (isUnspacedTerm(term) || term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

export function parseQuery(query: string): QueryTerm[] {
  const all = [...new Set(terms(query))].slice(0, MAX_QUERY_TERMS);
  // Only the word being typed is a prefix: "harb" finds harbour while it is typed.
  const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
  return all.map((term, i) => ({ term, prefix: endsInWord && i === all.length - 1, maxEdits: editsFor(term) }));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function metaDoc(s: ClipSummary): MetaDoc {
  return {
    id: s.id,
    title: s.title,
    authors: s.authors.join(' · '),
    site: `${s.siteName ?? ''} ${hostOf(s.canonicalUrl)}`,
    tags: s.tags.join(' · '),
    note: s.note,
  };
}

export interface SearchOutcome {
  /** Matching clip ids, best first. */
  ids: string[];
  scores: ReadonlyMap<string, number>;
  /** Whether the article text was searched too (false while its index loads). */
  searchedText: boolean;
  terms: string[];
}

export class LibrarySearch {
  private readonly meta = new MiniSearch<MetaDoc>({
    fields: [...META_FIELDS],
    idField: 'id',
    tokenize: (text) => tokenize(text),
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: { boost: { ...META_BOOST } },
  });
  private body: BodyIndex | null = null;

  get size(): number {
    return this.meta.documentCount;
  }

  get hasText(): boolean {
    return this.body !== null;
  }

  /** Replaces every summary at once, in time slices (10,000 summaries take a few hundred ms). */
  async setSummaries(summaries: readonly ClipSummary[], options: { sliceMs?: number; yieldFn?: () => Promise<void> } = {}): Promise<void> {
    this.meta.removeAll();
    const slicer = new TimeSlicer(options.sliceMs ?? 8, options.yieldFn);
    for (const s of summaries) {
      this.meta.add(metaDoc(s));
      await slicer.tick();
    }
  }

  upsertSummary(summary: ClipSummary): void {
    const doc = metaDoc(summary);
    if (this.meta.has(doc.id)) this.meta.replace(doc);
    else this.meta.add(doc);
  }

  removeSummary(id: string): void {
    if (this.meta.has(id)) this.meta.discard(id);
    this.body?.remove(id);
  }

  setBodyIndex(index: BodyIndex | null): void {
    this.body = index;
  }

  /** Null for an empty query (no search: the whole list shows). */
  search(query: string): SearchOutcome | null {
    const parsed = parseQuery(query);
    if (parsed.length === 0) return null;
    let acc: Map<string, number> | null = null;
    for (const q of parsed) {
      const scores = new Map<string, number>();
      const fuzzy = q.maxEdits > 0 ? 0.2 : false;
      for (const r of this.meta.search(q.term, { prefix: q.prefix, fuzzy, maxFuzzy: 2, combineWith: 'OR' })) {
        scores.set(r.id as string, r.score);
      }
      if (this.body) {
        // Prefixes of one or two letters would pull in most of the vocabulary: exact only there.
        const prefix = q.prefix && (q.term.length >= 3 || isUnspacedTerm(q.term));
        for (const [id, s] of this.body.lookup(q.term, { prefix, fuzzy: q.maxEdits })) {
          scores.set(id, (scores.get(id) ?? 0) + BODY_WEIGHT * s);
        }
      }
      if (acc === null) {
        acc = scores;
      } else {
        const next = new Map<string, number>();
        for (const [id, s] of acc) {
          const t = scores.get(id);
          if (t !== undefined) next.set(id, s + t);
        }
        acc = next;
      }
      if (acc.size === 0) break;
    }
    const ranked = [...(acc ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return { ids: ranked.map(([id]) => id), scores: new Map(ranked), searchedText: this.body !== null, terms: parsed.map((q) => q.term) };
  }
}
