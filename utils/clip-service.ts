/**
 * The background's clip logic: start a clip in a tab, keep the draft, save it. Every browser
 * API it needs comes in through `ClipServiceDeps`, so unit tests run it on WXT's fakeBrowser
 * with a stubbed injector, and entrypoints/background.ts only wires real APIs to it.
 *
 * Invariants: only this service writes clips (one transaction per save, see
 * storage/clip-store.ts); a draft's clip id is fixed when extraction starts, so a retried save
 * never makes a second clip; a save never silently duplicates an already-saved URL.
 */
import { createClip, type ClipUserFields, type ExtractedClip } from './clip';
import { validateExtracted } from './clip-validate';
import { mapScriptingError, sentenceFor, type ClipErrorCode } from './clip-errors';
import { isExtractorResult, type ExtractorFailureCode, type ExtractorRequest } from './extractor-protocol';
import { restrictionFor } from './restricted-url';
import type { LockFn, StorageArea } from './storage/area';
import { ClipStoreError, clipTransaction, findSavedByUrl, getClip } from './storage/clip-store';
import { putStoredMarkdown } from './storage/markdown-store';
import { getDraft, putDraft, removeDraft, type ClipMode, type Draft } from './storage/drafts';
import type { SchemaStatus } from './storage/schema';
import { estimateBytes, isQuotaError, wouldExceed, type QuotaUsage } from './storage/quota';
import { toSummary, type ClipSummary } from './storage/summary';
import { bodySource, type StoredMarkdown } from './markdown/stored-record';

export interface TabInfo {
  id: number;
  /** Undefined when the browser hides it (no activeTab grant for this tab). */
  url?: string | null;
  /** Where the tab is navigating to, while a navigation is in progress. */
  pendingUrl?: string | null;
}

export interface ClipServiceDeps {
  local: StorageArea;
  session: StorageArea;
  lock: LockFn;
  /** Resolves to null when the tab does not exist (any more). */
  getTab(tabId: number): Promise<TabInfo | null>;
  /** Injects the request and the extractor; resolves to the script's value, rejects with the browser's error. */
  inject(tabId: number, request: ExtractorRequest): Promise<unknown>;
  fileAccessAllowed(): Promise<boolean>;
  /** Epoch milliseconds. */
  now(): number;
  newId(): string;
  /** Settles when start-up migrations are done. */
  schema: Promise<SchemaStatus>;
  /** Clips above this size (JSON bytes) are refused; drafts must fit in storage.session (10 MB). */
  maxClipBytes?: number;
  /** Usage against a hard storage quota; null when unlimited or unknown (reliability.md D1, D14). */
  quotaUsage?(): Promise<QuotaUsage | null>;
}

export const DEFAULT_MAX_CLIP_BYTES = 4 * 1024 * 1024;

export interface OpenRequest {
  tabId: number;
  /** Force this mode; when absent a ready draft of either mode is reused. */
  mode?: ClipMode;
  /** Ignore any existing draft and extract again. */
  fresh?: boolean;
  /**
   * Wall-clock time the asking popup started loading (`performance.timeOrigin`). Only a popup
   * sends it: the first one to be answered stamps the draft's popup timings.
   */
  openedAt?: number;
}

export interface PopupState {
  draft: Draft;
  /** Saved clips with the same canonical URL (never this draft's own clip). */
  existing: ClipSummary[];
  /** Why saving is disabled, when the store is read-only. */
  readOnly: string | null;
}

export type SaveChoice = 'new' | 'update' | 'keep-both';

export interface SaveRequest {
  tabId: number;
  edits: ClipUserFields;
  choice: SaveChoice;
  /** For 'update': the saved clip to replace. */
  targetId?: string;
  /**
   * The draft's Markdown body, converted by the popup (the background may have no DOM). Stored
   * with the clip only if it was made from the very html, url and figures being saved.
   */
  markdown?: StoredMarkdown;
  /** When Save was clicked (the popup's Date.now()), for the draft's timings. */
  clickedAt?: number;
}

export type SaveResult =
  | { ok: true; clip: ClipSummary; replaced: boolean }
  | { ok: false; code: ClipErrorCode; message: string; existing?: ClipSummary[] };

const EXTRACTOR_CODES: Readonly<Record<ExtractorFailureCode, ClipErrorCode>> = {
  'too-large': 'too-large',
  'not-article': 'not-article',
  empty: 'not-article',
  pdf: 'pdf',
  'no-selection': 'no-selection',
  'no-window': 'unreadable',
  unreadable: 'unreadable',
  crash: 'unreadable',
};

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const jsonBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/** Our own estimate said the clip would not fit; reported exactly like the browser's error. */
class QuotaExceeded extends Error {
  constructor() {
    super('quota exceeded (estimated before writing)');
    this.name = 'QuotaExceeded';
  }
}

const withoutHash = (u: string): string => u.replace(/#.*$/, '');

/** The tab is gone, or shows (or is going to) another page than the one the clip started on (P20). */
function leftPage(tab: TabInfo | null, startUrl: string | null): boolean {
  if (!tab) return true;
  if (!startUrl) return false;
  const moved = (u: string | null | undefined) => Boolean(u && withoutHash(u) !== withoutHash(startUrl));
  return moved(tab.url) || moved(tab.pendingUrl);
}

/** How long a script without a result waits to see whether its tab is navigating. */
const NAVIGATION_GRACE_MS = 600;
const NAVIGATION_POLL_MS = 50;

export function createClipService(deps: ClipServiceDeps) {
  const maxBytes = deps.maxClipBytes ?? DEFAULT_MAX_CLIP_BYTES;
  const inFlight = new Map<number, { mode: ClipMode; promise: Promise<Draft> }>();
  // Write-through cache: authoritative while this context lives, so a draft too large for
  // storage.session (or a failed session write) still reaches the popup.
  const drafts = new Map<number, Draft>();

  async function leftPageSoon(tabId: number, startUrl: string | null): Promise<boolean> {
    for (let waited = 0; ; waited += NAVIGATION_POLL_MS) {
      if (leftPage(await deps.getTab(tabId), startUrl)) return true;
      if (waited >= NAVIGATION_GRACE_MS) return false;
      await new Promise((r) => setTimeout(r, NAVIGATION_POLL_MS));
    }
  }

  async function readDraft(tabId: number): Promise<Draft | null> {
    return drafts.get(tabId) ?? (await getDraft(deps.session, tabId).catch(() => null));
  }

  async function writeDraft(draft: Draft): Promise<void> {
    drafts.set(draft.tabId, draft);
    await putDraft(deps.session, draft).catch((e: unknown) => {
      console.warn('[news-clipper] draft kept in memory only:', errorText(e));
    });
  }

  function failed(draft: Draft, code: ClipErrorCode, detail: string | null = null): Draft {
    return { ...draft, status: 'error', error: { code, message: sentenceFor(code), detail } };
  }

  /** Writes a step of an extraction, unless a newer extraction of the tab replaced it meanwhile. */
  async function writeStep(draft: Draft): Promise<void> {
    const current = drafts.get(draft.tabId);
    if (current && current.clipId !== draft.clipId) return;
    await writeDraft(draft);
  }

  async function finish(draft: Draft): Promise<Draft> {
    const done: Draft = { ...draft, timings: { ...draft.timings, readyAt: deps.now() } };
    // The popup's answer does not wait for the session copy (the whole clip, ~20-40 ms): the
    // draft is in memory from this moment, and storage applies the writes in order.
    void writeStep(done);
    return done;
  }

  /** `known`: the tab as the toolbar event gave it, which spares asking the browser again. */
  async function extract(draft: Draft, known?: TabInfo): Promise<Draft> {
    const tab = known ?? (await deps.getTab(draft.tabId));
    if (!tab) return finish(failed(draft, 'tab-closed', 'The tab no longer exists.'));
    const url = tab.url ?? null;
    let current: Draft = { ...draft, url };
    const fileAccess = url && /^file:/i.test(url) ? await deps.fileAccessAllowed() : true;
    const restriction = restrictionFor(url, { fileAccess });
    if (restriction) return finish(failed(current, restriction, url));
    current = { ...current, injected: true };
    // Not awaited: storage calls are applied in order, and the preview should not wait for it.
    void writeStep(current);

    let raw: unknown;
    const injectStarted = deps.now();
    try {
      raw = await deps.inject(draft.tabId, { mode: draft.mode, now: draft.timings.requestedAt });
      current = { ...current, timings: { ...current.timings, scriptMs: deps.now() - injectStarted } };
    } catch (e) {
      const code = mapScriptingError(errorText(e), url);
      const gone = code !== 'tab-closed' && leftPage(await deps.getTab(draft.tabId), url);
      return finish(failed(current, gone ? 'tab-closed' : code, errorText(e)));
    }
    if (raw === undefined || raw === null) {
      // No value: the frame went away (closed or navigated) before the script finished. The
      // tab's URL may change only a moment later (the old document goes first), so look again.
      const code = (await leftPageSoon(draft.tabId, url)) ? 'tab-closed' : mapScriptingError('no result', url);
      return finish(failed(current, code === 'no-access' ? 'unreadable' : code, 'The extractor returned nothing.'));
    }
    if (!isExtractorResult(raw)) return finish(failed(current, 'unreadable', 'The extractor returned a malformed result.'));
    if (!raw.ok) return finish(failed(current, EXTRACTOR_CODES[raw.code] ?? 'unreadable', raw.message));
    const checked = validateExtracted(raw.clip);
    if (!checked.ok) return finish(failed(current, 'unreadable', checked.errors.join('; ')));
    const clip: ExtractedClip = checked.value;
    if (!clip.readerable) return finish(failed(current, clip.fromSelection ? 'no-selection' : 'not-article', clip.reason));
    const bytes = jsonBytes(clip);
    if (bytes > maxBytes) return finish(failed(current, 'too-large', `${bytes} bytes`));
    return finish({
      ...current,
      status: 'ready',
      extracted: clip,
      edits: { title: clip.title, tags: [], note: '' },
      timings: { ...current.timings, extractMs: raw.extractMs },
    });
  }

  function newDraft(tabId: number, mode: ClipMode): Draft {
    return {
      tabId,
      clipId: deps.newId(),
      mode,
      status: 'extracting',
      url: null,
      injected: false,
      extracted: null,
      edits: { title: '', tags: [], note: '' },
      error: null,
      saved: null,
      timings: { popupAt: null, requestedAt: deps.now(), askedAt: null, shownAt: null, extractMs: null, scriptMs: null, readyAt: null, saveClickedAt: null, saveAskedAt: null, savedAt: null },
    };
  }

  async function reusable(tabId: number, mode: ClipMode | undefined, known?: TabInfo): Promise<Draft | null> {
    const existing = await readDraft(tabId);
    if (existing?.status !== 'ready' || (mode && existing.mode !== mode)) return null;
    const tab = known ?? (await deps.getTab(tabId));
    return tab && (tab.url ?? null) === existing.url ? existing : null;
  }

  /**
   * The tab's draft: the extraction in flight, else a ready draft of the same page (unless
   * `fresh`), else a new extraction. Registered before the first await, so concurrent callers
   * (popup and context menu, two popups) always share one extraction.
   */
  function ensureDraft({ tabId, mode, fresh }: OpenRequest, known?: TabInfo): Promise<Draft> {
    const running = inFlight.get(tabId);
    if (running && !fresh && (!mode || running.mode === mode)) return running.promise;
    const promise: Promise<Draft> = (async () => {
      const reuse = fresh ? null : await reusable(tabId, mode, known);
      if (reuse) return reuse;
      const draft = newDraft(tabId, mode ?? 'page');
      drafts.set(tabId, draft);
      return extract(draft, known).catch((e: unknown) => finish(failed(draft, 'internal', errorText(e))));
    })().finally(() => {
      if (inFlight.get(tabId)?.promise === promise) inFlight.delete(tabId);
    });
    inFlight.set(tabId, { mode: mode ?? 'page', promise });
    return promise;
  }

  async function readOnlyReason(): Promise<string | null> {
    const status = await deps.schema;
    return status.state === 'read-only' ? status.reason : null;
  }

  async function stateOf(draft: Draft): Promise<PopupState> {
    const canonical = draft.extracted?.canonicalUrl;
    const existing = canonical ? (await findSavedByUrl(deps.local, canonical)).filter((s) => s.id !== draft.clipId) : [];
    return { draft, existing, readOnly: await readOnlyReason() };
  }

  /**
   * The first popup to be answered with the finished draft stamps when it started loading, when
   * it asked and when it got the answer (the benchmark's "preview ready"). Not awaited by the
   * answer; skipped if the draft was replaced or already stamped.
   */
  function noteShown(shown: Draft, openedAt: number | undefined, askedAt: number): void {
    const current = drafts.get(shown.tabId);
    if (typeof openedAt !== 'number' || !Number.isFinite(openedAt)) return;
    if (!current || current.clipId !== shown.clipId || current.timings.shownAt !== null) return;
    void writeDraft({ ...current, timings: { ...current.timings, popupAt: Math.round(openedAt), askedAt, shownAt: deps.now() } });
  }

  return {
    /** The popup opened (or a menu item was chosen): returns the tab's draft, extracting if needed. */
    async open(request: OpenRequest): Promise<PopupState> {
      const askedAt = deps.now();
      const state = await stateOf(await ensureDraft(request));
      noteShown(state.draft, request.openedAt, askedAt);
      return state;
    },

    /**
     * The toolbar button (or its shortcut) was pressed on this tab: start its clip at once, so
     * the extraction runs while the popup is still opening. The popup then gets this same draft
     * (or the ready one it reuses) when it asks.
     */
    start(tab: TabInfo): Promise<Draft> {
      return ensureDraft({ tabId: tab.id }, tab);
    },

    /** Starts a clip without waiting for it (context menu: the popup opens meanwhile). */
    begin(tabId: number, mode: ClipMode): Promise<Draft> {
      return ensureDraft({ tabId, mode, fresh: true });
    },

    /** Keeps the user's edits with the draft so they survive the popup closing. */
    async updateEdits(tabId: number, edits: ClipUserFields): Promise<void> {
      const draft = await readDraft(tabId);
      if (!draft || draft.status !== 'ready') return;
      await writeDraft({ ...draft, edits: { title: edits.title, tags: [...edits.tags], note: edits.note } });
    },

    async save(request: SaveRequest): Promise<SaveResult> {
      const askedAt = deps.now();
      const reason = await readOnlyReason();
      if (reason) return { ok: false, code: 'read-only', message: `${sentenceFor('read-only')} ${reason}` };
      const draft = await readDraft(request.tabId);
      if (draft?.status === 'saved' && draft.saved) {
        const [summary] = (await findSavedByUrl(deps.local, draft.extracted!.canonicalUrl)).filter((s) => s.id === draft.saved!.id);
        if (summary) return { ok: true, clip: summary, replaced: false };
      }
      if (!draft?.extracted || (draft.status !== 'ready' && draft.status !== 'saved')) {
        return { ok: false, code: 'internal', message: 'This preview has expired. Click the News Clipper button again.' };
      }
      const extracted = draft.extracted;
      const at = new Date(deps.now());
      let result: SaveResult;
      try {
        result = await clipTransaction(deps.local, deps.lock, async (tx): Promise<SaveResult> => {
          const existing = (await tx.findByUrl(extracted.canonicalUrl)).filter((s) => s.id !== draft.clipId);
          if (request.choice === 'new' && existing.length > 0) {
            return { ok: false, code: 'duplicate', message: sentenceFor('duplicate'), existing };
          }
          const target = request.choice === 'update' ? existing.find((s) => s.id === request.targetId) : undefined;
          const old = target ? await tx.getClip(target.id) : null;
          const clip = createClip(extracted, {
            id: old ? old.id : draft.clipId,
            now: at,
            title: request.edits.title,
            // Updating refreshes the article from the page but keeps what the user added before.
            tags: old ? [...old.tags, ...request.edits.tags] : request.edits.tags,
            note: old && !request.edits.note.trim() ? old.note : request.edits.note,
          });
          if (old) clip.clippedAt = old.clippedAt;
          // Refuse before writing when it cannot fit (the write would fail the same way, D1).
          if (deps.quotaUsage && wouldExceed(await deps.quotaUsage(), estimateBytes({ [`clip:${clip.id}`]: clip, summary: toSummary(clip) }))) {
            throw new QuotaExceeded();
          }
          await tx.put(clip, { markdown: request.markdown });
          return { ok: true, clip: toSummary(clip), replaced: Boolean(old) };
        });
      } catch (e) {
        if (isQuotaError(e)) return { ok: false, code: 'storage-full', message: sentenceFor('storage-full') };
        const detail = e instanceof ClipStoreError ? e.message : errorText(e);
        return { ok: false, code: 'internal', message: `${sentenceFor('internal')} (${detail})` };
      }
      if (result.ok) {
        await writeDraft({
          ...draft,
          edits: request.edits,
          status: 'saved',
          saved: { id: result.clip.id, at: at.toISOString() },
          timings: { ...draft.timings, saveClickedAt: request.clickedAt ?? null, saveAskedAt: askedAt, savedAt: deps.now() },
        });
      }
      return result;
    },

    /**
     * A saved clip's Markdown body that the popup finished after the save (the save does not
     * wait for it). Stored only if it was made from this clip's html, url and figures, for the
     * clip's current version; otherwise dropped (the export makes it again).
     */
    async storeMarkdown(id: string, markdown: StoredMarkdown): Promise<boolean> {
      if (await readOnlyReason()) return false;
      const clip = await getClip(deps.local, id);
      if (!clip || bodySource(clip) !== markdown.src) return false;
      return (await putStoredMarkdown(deps.local, deps.lock, [{ id, markdown: { ...markdown, updatedAt: clip.updatedAt } }])) > 0;
    },

    async discard(tabId: number): Promise<void> {
      drafts.delete(tabId);
      await removeDraft(deps.session, tabId);
    },

    /** The tab closed: its draft is of no more use (an extraction in flight finishes on its own). */
    async forgetTab(tabId: number): Promise<void> {
      if (inFlight.has(tabId)) return;
      drafts.delete(tabId);
      await removeDraft(deps.session, tabId).catch(() => undefined);
    },
  };
}

export type ClipService = ReturnType<typeof createClipService>;
