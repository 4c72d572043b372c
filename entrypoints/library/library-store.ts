/**
 * The library page's data: every clip summary (newest first), the search indexes, the storage
 * meter, kept live from `storage.onChanged` (reliability.md D16). Browser APIs come in through
 * `StoreDeps`; the logic is in utils/library/*.
 *
 * Start-up order, for a fast first screen:
 *   1. main.tsx paints the remembered first rows (head-cache.ts) before anything is read;
 *   2. the summaries are read (64 parallel bucket gets) and replace them;
 *   3. MiniSearch indexes the summary fields in 8 ms slices: search over titles, authors, sites,
 *      tags and notes works from here;
 *   4. the article-text index is loaded from IndexedDB (exact words at once, prefixes and typos
 *      once its vocabulary is built), then only clips new or changed since it was saved are read
 *      and indexed; a first build reads every clip in the background, saving as it goes.
 */
import type { Clip } from '../../utils/clip';
import type { BodyDoc, BodyIndex } from '../../utils/library/body-index';
import { summaryDelta, textDelta, type StorageChange } from '../../utils/library/changes';
import { writeHeadCache, type HeadCache, type KeyValueStore } from '../../utils/library/head-cache';
import { loadSummaries } from '../../utils/library/load';
import type { LibrarySearch, SearchOutcome } from '../../utils/library/search';
import { estimateBytes, readMeter, type MeterInput, type MeterReading } from '../../utils/library/storage-meter';
import { yieldToEventLoop } from '../../utils/export/yield';
import type { StorageArea } from '../../utils/storage/area';
import { getClip, getClips } from '../../utils/storage/clip-store';
import { byClippedAtDesc, type ClipSummary } from '../../utils/storage/summary';

type Runtime = typeof import('./search-runtime');

export interface TextIndexState {
  state: 'waiting' | 'loading' | 'indexing' | 'ready' | 'failed';
  done: number;
  total: number;
}

export interface StoreState {
  /** 'head': showing the remembered first rows; 'ready': the real list. */
  phase: 'loading' | 'head' | 'ready' | 'error';
  error: string | null;
  /** Every clip, newest clipped first (the head rows while phase is 'head'). */
  list: ClipSummary[];
  total: number;
  /** Bumped on every change of the list. */
  version: number;
  /** Search over the summary fields is available. */
  metaReady: boolean;
  text: TextIndexState;
  meter: MeterReading | null;
}

type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface StoreDeps {
  area: StorageArea;
  onChanged: { addListener(fn: ChangeListener): void; removeListener(fn: ChangeListener): void };
  headStore: KeyValueStore | null;
  indexedDB: IDBFactory | null;
  /** Everything the meter needs except the estimate, which comes from the summaries. */
  meterInputs(): Promise<Omit<MeterInput, 'estimatedBytes'>>;
}

const HEAD_WRITE_DELAY_MS = 500;
const TEXT_SAVE_DELAY_MS = 4_000;
const METER_DELAY_MS = 1_000;
const SAVE_EVERY_CLIPS = 1_500;

const mark = (name: string) => {
  try {
    performance.mark(name);
  } catch {
    // marks are diagnostics only
  }
};

export class LibraryStore {
  private byId = new Map<string, ClipSummary>();
  private current: StoreState;
  private readonly listeners = new Set<() => void>();
  /** Loaded after the first screen (search-runtime.ts). */
  private search: LibrarySearch | null = null;
  private runtime: Runtime | null = null;
  private readonly changedDuringBuild = new Set<string>();
  private body: BodyIndex | null = null;
  private readonly pendingText = new Map<string, BodyDoc | null>();
  private buffered: Array<Record<string, StorageChange>> | null = [];
  private db: IDBDatabase | null = null;
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private textDirty = false;
  private saving: Promise<void> | null = null;
  private disposed = false;
  private notifyQueued = false;

  constructor(
    private readonly deps: StoreDeps,
    head: HeadCache | null,
  ) {
    this.current = {
      phase: head ? 'head' : 'loading',
      error: null,
      list: head?.rows ?? [],
      total: head?.total ?? 0,
      version: 0,
      metaReady: false,
      text: { state: 'waiting', done: 0, total: 0 },
      meter: null,
    };
  }

  get state(): StoreState {
    return this.current;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  summary(id: string): ClipSummary | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Null for an empty query. Only ids of clips that still exist. */
  find(query: string): SearchOutcome | null {
    if (!this.current.metaReady || !this.search) return null;
    const outcome = this.search.search(query);
    if (!outcome) return null;
    return { ...outcome, ids: outcome.ids.filter((id) => this.byId.has(id)) };
  }

  readClip(id: string): Promise<Clip | null> {
    return getClip(this.deps.area, id);
  }

  /** The storage area the clips are read from (the export reads their stored Markdown there). */
  get area(): StorageArea {
    return this.deps.area;
  }

  /** Full records, a chunk at a time (each may be tens of KB). */
  async readClips(ids: readonly string[], onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<Clip[]> {
    const out: Clip[] = [];
    const chunk = 50;
    for (let i = 0; i < ids.length; i += chunk) {
      signal?.throwIfAborted();
      out.push(...(await getClips(this.deps.area, ids.slice(i, i + chunk))));
      onProgress?.(Math.min(ids.length, i + chunk), ids.length);
    }
    return out;
  }

  start(): void {
    this.deps.onChanged.addListener(this.onChanged);
    void this.load();
  }

  dispose(): void {
    this.disposed = true;
    this.deps.onChanged.removeListener(this.onChanged);
    for (const t of this.timers.values()) clearTimeout(t);
    this.db?.close();
  }

  private set(patch: Partial<StoreState>): void {
    this.current = { ...this.current, ...patch };
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      for (const fn of this.listeners) fn();
    });
  }

  private later(name: string, ms: number, fn: () => void): void {
    clearTimeout(this.timers.get(name));
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        if (!this.disposed) fn();
      }, ms),
    );
  }

  private sorted(): ClipSummary[] {
    return [...this.byId.values()].sort(byClippedAtDesc);
  }

  private async load(): Promise<void> {
    let map: Map<string, ClipSummary>;
    try {
      map = await loadSummaries(this.deps.area);
    } catch (e) {
      this.set({ phase: 'error', error: `Your clips could not be read: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    if (this.disposed) return;
    this.byId = map;
    const changes = this.buffered ?? [];
    this.buffered = null;
    for (const c of changes) this.applySummaryChanges(c);
    const list = this.sorted();
    this.set({ phase: 'ready', list, total: list.length, version: this.current.version + 1 });
    mark('library-summaries');
    if (this.deps.headStore) writeHeadCache(this.deps.headStore, list);
    this.refreshMeter();

    const runtime = await import('./search-runtime');
    this.runtime = runtime;
    const search = new runtime.LibrarySearch();
    await search.setSummaries(list, { yieldFn: yieldToEventLoop });
    if (this.disposed) return;
    // Summaries that changed while the index was built (setSummaries saw the list before them).
    for (const id of this.changedDuringBuild) {
      const s = this.byId.get(id);
      if (s) search.upsertSummary(s);
      else search.removeSummary(id);
    }
    this.changedDuringBuild.clear();
    this.search = search;
    this.set({ metaReady: true, version: this.current.version + 1 });
    mark('library-search-ready');
    for (const c of changes) this.applyTextChanges(c);
    await this.startText();
  }

  private async startText(): Promise<void> {
    const { BodyIndex, loadBodySnapshot, openLibraryDb, staleIds, syncBodyIndex } = this.runtime!;
    let snapshotLoaded = false;
    try {
      if (this.deps.indexedDB) {
        this.db = await openLibraryDb(this.deps.indexedDB);
        const snap = await loadBodySnapshot(this.db);
        if (snap) {
          this.body = BodyIndex.fromSnapshot(snap);
          snapshotLoaded = true;
        }
      }
    } catch {
      this.db = null;
    }
    if (this.disposed) return;
    const index = this.body ?? new BodyIndex();
    this.body = index;
    for (const [id, doc] of this.pendingText) {
      if (doc) index.add(doc);
      else index.remove(id);
    }
    this.pendingText.clear();
    this.search!.setBodyIndex(index);
    this.set({ text: { state: snapshotLoaded ? 'loading' : 'indexing', done: 0, total: snapshotLoaded ? 0 : this.byId.size }, version: this.current.version + 1 });
    try {
      if (snapshotLoaded) {
        await index.buildVocabulary({ yieldFn: yieldToEventLoop });
        mark('library-text-vocabulary');
      }
      const total = staleIds(index, this.byId.values()).length;
      this.set({ text: { state: 'indexing', done: 0, total }, version: this.current.version + 1 });
      const report = await syncBodyIndex(index, this.byId, this.deps.area, {
        yieldFn: yieldToEventLoop,
        onProgress: (done, all) => this.set({ text: { state: 'indexing', done, total: all } }),
        checkpointEvery: SAVE_EVERY_CLIPS,
        onCheckpoint: () => this.saveText(),
      });
      if (this.disposed) return;
      if (report.added > 0 || report.removed > 0 || !snapshotLoaded) this.textDirty = true;
      // Saved before saying ready, so a page closed right after still finds it next time.
      if (this.textDirty) await this.saveText();
      if (this.disposed) return;
      this.set({ text: { state: 'ready', done: total, total }, version: this.current.version + 1 });
      mark('library-text-ready');
    } catch (e) {
      if (!this.disposed) this.set({ text: { state: 'failed', done: 0, total: 0 }, error: `Article text search is unavailable: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  /** Writes the text index to IndexedDB (one write at a time). */
  private async saveText(): Promise<void> {
    if (!this.db || !this.body || !this.runtime) return;
    if (this.saving) await this.saving;
    this.textDirty = false;
    const snapshot = this.body.snapshot();
    this.saving = this.runtime
      .saveBodySnapshot(this.db, snapshot)
      .catch(() => {
        this.textDirty = true;
      })
      .finally(() => {
        this.saving = null;
      });
    await this.saving;
  }

  private readonly onChanged: ChangeListener = (changes, areaName) => {
    if (areaName !== 'local' || this.disposed) return;
    if (this.buffered) {
      this.buffered.push(changes);
      return;
    }
    const listChanged = this.applySummaryChanges(changes);
    const textChanged = this.applyTextChanges(changes);
    if (listChanged) {
      const list = this.sorted();
      this.set({ list, total: list.length, version: this.current.version + 1 });
      this.later('head', HEAD_WRITE_DELAY_MS, () => this.deps.headStore && writeHeadCache(this.deps.headStore, this.current.list));
    } else if (textChanged) {
      this.set({ version: this.current.version + 1 });
    }
    if (textChanged) {
      this.textDirty = true;
      this.later('text', TEXT_SAVE_DELAY_MS, () => void this.saveText());
    }
    // Every key in storage.local counts against the quota (drafts, caches, set-aside records),
    // not only clips: any change may move the meter.
    this.later('meter', METER_DELAY_MS, () => this.refreshMeter());
  };

  private applySummaryChanges(changes: Record<string, StorageChange>): boolean {
    const { upserts, removed } = summaryDelta(changes);
    for (const s of upserts) {
      this.byId.set(s.id, s);
      if (this.search) this.search.upsertSummary(s);
      else this.changedDuringBuild.add(s.id);
    }
    for (const id of removed) {
      this.byId.delete(id);
      if (this.search) this.search.removeSummary(id);
      else this.changedDuringBuild.add(id);
    }
    return upserts.length > 0 || removed.length > 0;
  }

  private applyTextChanges(changes: Record<string, StorageChange>): boolean {
    const { put, removed } = textDelta(changes);
    for (const doc of put) {
      if (this.body) this.body.add(doc);
      else this.pendingText.set(doc.id, doc);
    }
    for (const id of removed) {
      if (this.body) this.body.remove(id);
      else this.pendingText.set(id, null);
    }
    return put.length > 0 || removed.length > 0;
  }

  private refreshMeter(): void {
    void this.deps
      .meterInputs()
      .then((inputs) => {
        if (!this.disposed) this.set({ meter: readMeter({ ...inputs, estimatedBytes: estimateBytes([...this.byId.values()]) }) });
      })
      .catch(() => undefined);
  }
}
