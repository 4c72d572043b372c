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
/** Per-word results kept between keystrokes ("harbour t…" reuses "harbour"). */
const TERM_CACHE_SIZE = 64;

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

/**
 * A word found exactly in this many clips is not also looked up with typos: the typo variants
 * of a common word ("vote" → note, rote, votes…) only add noise and time. A mistyped word
 * matches little or nothing exactly, so it still gets them.
 */
export const FUZZY_FALLBACK_HITS = 20;

/** Typed words (folded); the last one is a prefix while it is being typed. */
export function parseQuery(query: string): QueryTerm[] {
  let all = [...new Set(terms(query))].slice(0, MAX_QUERY_TERMS);
  // Only the word being typed is a prefix: "harb" finds harbour while it is typed.
  const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
  let typing = endsInWord;
  const last = all[all.length - 1];
  // A single letter just typed says nothing yet: "harbour t" searches "harbour" until the next key.
  if (typing && last !== undefined && last.length < 2 && !isUnspacedTerm(last)) {
    all = all.slice(0, -1);
    typing = false;
  }
  return all.map((term, i) => ({ term, prefix: typing && i === all.length - 1, maxEdits: editsFor(term) }));
}

/** A copy of `a` at least `size` long, new entries -2 (unknown). */
function growTo(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (a.length >= size) return a;
  const next = new Int32Array(Math.max(size, a.length * 2, 1024)).fill(-2);
  next.set(a);
  return next;
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

interface TermHits {
  /** Score per clip slot (0: no match). */
  scores: Float64Array;
  /** Slots with a score. */
  touched: number[];
}

export interface SearchOutcome {
  /** Matching clip ids, best first. */
  ids: string[];
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
  private metaGen = 0;
  private readonly cache = new Map<string, TermHits>();
  /** Every clip gets a number (slot) so per-word scores are typed arrays, not maps. */
  private readonly slotOf = new Map<string, number>();
  private readonly slotIds: string[] = [];
  private bodySlots: Int32Array<ArrayBuffer> = new Int32Array(0);
  private bodySlotsOwner: BodyIndex | null = null;

  get size(): number {
    return this.meta.documentCount;
  }

  get hasText(): boolean {
    return this.body !== null;
  }

  /** Replaces every summary at once, in time slices (10,000 summaries take a few hundred ms). */
  async setSummaries(summaries: readonly ClipSummary[], options: { sliceMs?: number; yieldFn?: () => Promise<void> } = {}): Promise<void> {
    this.meta.removeAll();
    this.metaGen++;
    const slicer = new TimeSlicer(options.sliceMs ?? 8, options.yieldFn);
    for (const s of summaries) {
      this.slot(s.id);
      // Upsert: a live update may have added this clip while the index was being built.
      if (this.meta.has(s.id)) this.meta.replace(metaDoc(s));
      else this.meta.add(metaDoc(s));
      await slicer.tick();
    }
    this.metaGen++;
  }

  upsertSummary(summary: ClipSummary): void {
    const doc = metaDoc(summary);
    this.slot(doc.id);
    if (this.meta.has(doc.id)) this.meta.replace(doc);
    else this.meta.add(doc);
    this.metaGen++;
  }

  removeSummary(id: string): void {
    if (this.meta.has(id)) this.meta.discard(id);
    this.metaGen++;
    this.body?.remove(id);
  }

  setBodyIndex(index: BodyIndex | null): void {
    this.body = index;
    this.cache.clear();
  }

  /** Body document number → slot (-2: not looked up yet), for the body index in use. */
  private bodySlotsFor(body: BodyIndex): void {
    if (this.bodySlotsOwner !== body) {
      this.bodySlotsOwner = body;
      this.bodySlots = new Int32Array(0);
    }
  }

  private slot(id: string): number {
    let n = this.slotOf.get(id);
    if (n === undefined) {
      n = this.slotIds.length;
      this.slotIds.push(id);
      this.slotOf.set(id, n);
    }
    return n;
  }

  /** Scores of one query word over summary fields and text, per clip slot; cached while nothing changes. */
  private termHits(q: QueryTerm): TermHits {
    const key = `${q.term}\u0000${q.prefix ? 1 : 0}\u0000${this.metaGen}\u0000${this.body?.generation ?? -1}`;
    const hit = this.cache.get(key);
    if (hit) {
      // Most recently used last.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const scores = new Float64Array(this.slotIds.length);
    const touched: number[] = [];
    const addAt = (n: number, v: number) => {
      if (n < 0 || n >= scores.length) return;
      if (scores[n] === 0) touched.push(n);
      scores[n] = scores[n]! + v;
    };
    const add = (id: string, v: number) => addAt(this.slotOf.get(id) ?? -1, v);
    const exactMeta = this.meta.search(q.term, { prefix: false, fuzzy: false });
    const exactBody = this.body?.exactCount(q.term) ?? 0;
    const typos = q.maxEdits > 0 && exactMeta.length + exactBody < FUZZY_FALLBACK_HITS;
    const meta = q.prefix || typos ? this.meta.search(q.term, { prefix: q.prefix, fuzzy: typos ? 0.2 : false, maxFuzzy: 2 }) : exactMeta;
    for (const r of meta) add(r.id as string, r.score);
    if (this.body) {
      // Prefixes of one or two letters would pull in most of the vocabulary: exact only there.
      const prefix = q.prefix && (q.term.length >= 3 || isUnspacedTerm(q.term));
      this.bodySlotsFor(this.body);
      this.body.lookupEach(q.term, { prefix, fuzzy: typos ? q.maxEdits : 0 }, (id, s, docNo) => {
        let slots = this.bodySlots;
        let n = docNo < slots.length ? slots[docNo]! : -2;
        if (n === -2) {
          // First time this document is seen: remember its slot (a document never changes id).
          n = this.slotOf.get(id) ?? -2;
          if (docNo >= slots.length) slots = this.bodySlots = growTo(slots, docNo + 1);
          slots[docNo] = n;
        }
        addAt(n, BODY_WEIGHT * s);
      });
    }
    const hits = { scores, touched };
    this.cache.set(key, hits);
    if (this.cache.size > TERM_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return hits;
  }

  /** Null for an empty query (no search: the whole list shows). */
  search(query: string): SearchOutcome | null {
    const parsed = parseQuery(query);
    if (parsed.length === 0) return null;
    // Rarest word first: only its clips can match them all.
    const hits = parsed.map((q) => this.termHits(q)).sort((a, b) => a.touched.length - b.touched.length);
    const [first, ...rest] = hits;
    const total = new Float64Array(first!.scores.length);
    const matched: number[] = [];
    outer: for (const n of first!.touched) {
      let sum = first!.scores[n]!;
      for (const h of rest) {
        const v = h.scores[n] ?? 0;
        if (v === 0) continue outer;
        sum += v;
      }
      total[n] = sum;
      matched.push(n);
    }
    // Equal scores keep slot order (the order clips were indexed in), so results are stable.
    matched.sort((a, b) => total[b]! - total[a]! || a - b);
    const ids = this.slotIds;
    return { ids: matched.map((n) => ids[n]!), searchedText: this.body !== null, terms: parsed.map((q) => q.term) };
  }
}
