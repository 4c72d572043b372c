/**
 * The article-text index (pure): every distinct term of every clip's text, found by exact,
 * prefix and fuzzy (typo-tolerant) lookup with MiniSearch's radix tree (`SearchableMap`).
 *
 * Why not a second MiniSearch instance: measured with 1,000-word bodies, MiniSearch keeps each
 * (term, clip) pair in nested Maps, about 60 KB of heap per clip (≈630 MB at 10,000 clips),
 * and its JSON takes seconds to load. Here the vocabulary lives in MiniSearch's SearchableMap
 * (the part that does prefix and Levenshtein matching) and each term's clips are a packed list
 * of document numbers: ≈4 bytes per (term, clip) pair, saved and loaded as typed arrays
 * (body-store.ts). Summary fields keep a full MiniSearch index (search.ts).
 *
 * Documents are numbered in insertion order; replacing or removing a clip marks its old number
 * dead (filtered out at query time) and `snapshot()` writes only live documents, renumbered.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { TEXT_VERSION, isUnspacedTerm, terms } from './text';

export const BODY_INDEX_FORMAT = 1;

/** What is indexed of one clip: its id, the version it was read at (updatedAt), its text. */
export interface BodyDoc {
  id: string;
  version: string;
  text: string;
}

/** The saved form (structured-clone friendly: typed arrays and string lists). */
export interface BodyIndexSnapshot {
  format: number;
  textVersion: number;
  ids: string[];
  versions: string[];
  terms: string[];
  /** terms[i]'s documents are postings[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** One term's documents; a view into the loaded snapshot until the first append copies it. */
interface Holder {
  docs: number[] | Uint32Array;
}

export interface TermLookup {
  prefix: boolean;
  /** Maximum edit distance; 0 for none. */
  fuzzy: number;
}

/** Same weights as MiniSearch's defaults, so both indexes rank matches alike. */
export const PREFIX_WEIGHT = 0.375;
export const FUZZY_WEIGHT = 0.45;

/** Most completions of a prefix looked at: a short prefix can complete to thousands of words. */
export const MAX_PREFIX_EXPANSIONS = 64;

/** Longest text indexed per clip (characters); beyond this a clip is a dump, not an article. */
export const MAX_INDEXED_CHARS = 400_000;

const yieldNow = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class BodyIndex {
  private ids: (string | null)[] = [];
  private versions: string[] = [];
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, Holder>();
  /** The vocabulary for prefix and fuzzy lookups; null until built (exact lookups work meanwhile). */
  private vocab: SearchableMap<Holder> | null = new SearchableMap<Holder>();
  private gen = 0;
  private scratch = new Float64Array(0);

  get size(): number {
    return this.byId.size;
  }

  /** Changes whenever a lookup could answer differently (for caches of lookups). */
  get generation(): number {
    return this.gen;
  }

  get termCount(): number {
    return this.postings.size;
  }

  /** True once prefix and fuzzy lookups are available (always, except while a snapshot loads). */
  get vocabularyReady(): boolean {
    return this.vocab !== null;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The version (updatedAt) this clip's text was indexed at, or null. */
  versionOf(id: string): string | null {
    const n = this.byId.get(id);
    return n === undefined ? null : this.versions[n]!;
  }

  documentIds(): IterableIterator<string> {
    return this.byId.keys();
  }

  /** Indexes (or re-indexes) one clip's text. */
  add(doc: BodyDoc): void {
    this.remove(doc.id);
    this.gen++;
    const n = this.ids.length;
    this.ids.push(doc.id);
    this.versions.push(doc.version);
    this.byId.set(doc.id, n);
    const text = doc.text.length > MAX_INDEXED_CHARS ? doc.text.slice(0, MAX_INDEXED_CHARS) : doc.text;
    for (const term of new Set(terms(text))) {
      const holder = this.postings.get(term);
      if (!holder) {
        const fresh: Holder = { docs: [n] };
        this.postings.set(term, fresh);
        this.vocab?.set(term, fresh);
      } else {
        if (!Array.isArray(holder.docs)) holder.docs = Array.from(holder.docs);
        holder.docs.push(n);
      }
    }
  }

  remove(id: string): boolean {
    const n = this.byId.get(id);
    if (n === undefined) return false;
    this.gen++;
    this.byId.delete(id);
    this.ids[n] = null;
    return true;
  }

  /** How many documents hold exactly this term (dead ones included; an upper bound). */
  exactCount(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /**
   * Documents matching one (folded) query term, with a weight in (0, 1]: 1 for the exact term,
   * less for longer terms it prefixes and for terms within the edit distance, times the term's
   * idf. Calls `visit(id, score, docNo)` once per matching document (its best-matching term);
   * `docNo` stays bound to that id for the life of this index object.
   */
  lookupEach(term: string, options: TermLookup, visit: (id: string, score: number, docNo: number) => void): void {
    const weights = new Map<Holder, number>();
    const exact = this.postings.get(term);
    if (exact) weights.set(exact, 1);
    if (this.vocab && options.prefix) {
      let expansions = 0;
      for (const [key, holder] of this.vocab.atPrefix(term)) {
        if (key === term) continue;
        if (++expansions > MAX_PREFIX_EXPANSIONS) break;
        // Longer completions weigh less, as in MiniSearch's prefix scoring.
        const w = (PREFIX_WEIGHT * term.length) / key.length;
        if ((weights.get(holder) ?? 0) < w) weights.set(holder, w);
      }
    }
    if (this.vocab && options.fuzzy > 0 && !isUnspacedTerm(term)) {
      for (const [key, [holder, distance]] of this.vocab.fuzzyGet(term, options.fuzzy)) {
        if (key === term || distance === 0) continue;
        const w = (FUZZY_WEIGHT * term.length) / (term.length + distance);
        if ((weights.get(holder) ?? 0) < w) weights.set(holder, w);
      }
    }
    if (weights.size === 0) return;
    const live = Math.max(1, this.byId.size);
    if (weights.size === 1) {
      // One term: each document appears once in its list.
      const [holder, w] = weights.entries().next().value!;
      const score = w * Math.log(1 + live / Math.max(1, holder.docs.length));
      for (const n of holder.docs) {
        const id = this.ids[n];
        if (id) visit(id, score, n);
      }
      return;
    }
    // Several terms: the best score per document, in a scratch array indexed by document number.
    if (this.scratch.length < this.ids.length) this.scratch = new Float64Array(Math.max(this.ids.length, this.scratch.length * 2));
    const best = this.scratch;
    const touched: number[] = [];
    for (const [holder, w] of weights) {
      // Rarer terms say more about a clip: weight × idf, idf = ln(1 + N / df).
      const score = w * Math.log(1 + live / Math.max(1, holder.docs.length));
      for (const n of holder.docs) {
        if (this.ids[n] === null) continue;
        if (best[n] === 0) touched.push(n);
        if (best[n]! < score) best[n] = score;
      }
    }
    for (const n of touched) {
      visit(this.ids[n]!, best[n]!, n);
      best[n] = 0;
    }
  }

  /** `lookupEach` as a map of id → score. */
  lookup(term: string, options: TermLookup): Map<string, number> {
    const out = new Map<string, number>();
    this.lookupEach(term, options, (id, score) => out.set(id, score));
    return out;
  }

  /** Live documents only, renumbered 0..n-1, terms sorted (so equal indexes save equal bytes). */
  snapshot(): BodyIndexSnapshot {
    const remap = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const versions: string[] = [];
    this.ids.forEach((id, n) => {
      if (id === null) return;
      remap[n] = ids.length;
      ids.push(id);
      versions.push(this.versions[n]!);
    });
    const sortedTerms = [...this.postings.keys()].sort();
    let total = 0;
    for (const holder of this.postings.values()) total += holder.docs.length;
    const offsets = new Uint32Array(sortedTerms.length + 1);
    const postings = new Uint32Array(total);
    let at = 0;
    const keptTerms: string[] = [];
    for (const term of sortedTerms) {
      const start = at;
      for (const n of this.postings.get(term)!.docs) {
        const m = remap[n]!;
        if (m >= 0) postings[at++] = m;
      }
      if (at === start) continue;
      offsets[keptTerms.length] = start;
      keptTerms.push(term);
    }
    offsets[keptTerms.length] = at;
    return {
      format: BODY_INDEX_FORMAT,
      textVersion: TEXT_VERSION,
      ids,
      versions,
      terms: keptTerms,
      offsets: offsets.slice(0, keptTerms.length + 1),
      postings: postings.slice(0, at),
    };
  }

  /** True when a saved snapshot was written by this code's format and tokenizer. */
  static compatible(snapshot: unknown): snapshot is BodyIndexSnapshot {
    if (typeof snapshot !== 'object' || snapshot === null) return false;
    const s = snapshot as Partial<BodyIndexSnapshot>;
    return (
      s.format === BODY_INDEX_FORMAT &&
      s.textVersion === TEXT_VERSION &&
      Array.isArray(s.ids) &&
      Array.isArray(s.versions) &&
      s.ids.length === s.versions.length &&
      Array.isArray(s.terms) &&
      s.offsets instanceof Uint32Array &&
      s.postings instanceof Uint32Array &&
      s.offsets.length === s.terms.length + 1 &&
      (s.offsets[s.terms.length] ?? 0) <= s.postings.length
    );
  }

  /**
   * Rebuilds an index from a snapshot, at once for exact lookups. Prefix and fuzzy lookups need
   * the vocabulary, which `buildVocabulary()` then builds in slices so a page stays responsive.
   */
  static fromSnapshot(snapshot: BodyIndexSnapshot): BodyIndex {
    const index = new BodyIndex();
    index.ids = [...snapshot.ids];
    index.versions = [...snapshot.versions];
    snapshot.ids.forEach((id, n) => index.byId.set(id, n));
    for (let i = 0; i < snapshot.terms.length; i++) {
      index.postings.set(snapshot.terms[i]!, { docs: snapshot.postings.subarray(snapshot.offsets[i]!, snapshot.offsets[i + 1]!) });
    }
    index.vocab = null;
    return index;
  }

  /** Builds the prefix/fuzzy vocabulary of an index made by `fromSnapshot`, yielding between slices. */
  async buildVocabulary(options: { yieldFn?: () => Promise<void>; sliceTerms?: number } = {}): Promise<void> {
    if (this.vocab) return;
    const vocab = new SearchableMap<Holder>();
    const slice = options.sliceTerms ?? 5_000;
    const yieldFn = options.yieldFn ?? yieldNow;
    let i = 0;
    // A Map iterator sees entries added while it runs, so terms indexed meanwhile are included.
    for (const [term, holder] of this.postings) {
      vocab.set(term, holder);
      if (++i % slice === 0) await yieldFn();
    }
    this.vocab = vocab;
    this.gen++;
  }
}
