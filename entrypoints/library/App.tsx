/**
 * The library page: list, search and filters, selection, reading view, editing, delete with
 * undo, export/backup/restore and the storage meter. Data and live updates are in
 * library-store.ts, long jobs in jobs.ts, the logic in utils/library/*; this file wires them to
 * the presentational components in components/library/.
 */
import type { FunctionComponent } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clip, ClipUserFields } from '../../utils/clip';
import { ClipRow } from '../../components/library/ClipRow';
import { LibraryHeader } from '../../components/library/LibraryHeader';
import { ProgressPanel } from '../../components/library/ProgressPanel';
import type { ReaderPaneProps } from '../../components/library/ReaderPane';
import { RestoreDialog } from '../../components/library/RestoreDialog';
import { SelectionBar } from '../../components/library/SelectionBar';
import { StorageMeter } from '../../components/library/StorageMeter';
import { StoreBanner } from '../../components/StoreBanner';
import { Toast } from '../../components/library/Toast';
import { Toolbar } from '../../components/library/Toolbar';
import { useStoreStatus } from '../../utils/use-store-status';
import { VirtualList } from '../../components/library/VirtualList';
import { NO_FILTERS, applyFilters, facets, sortSummaries, type LibraryFilters, type SortKey } from '../../utils/library/filters';
import { EMPTY_SELECTION, coverage, prune, selectAll, toggleOne, unselectAll, type Selection } from '../../utils/library/selection';
import type { PlannedRestore, Progress } from './jobs';
import type { LibraryStore, StoreState } from './library-store';
import { recordFirstRows, recordSearch } from './perf';

export const ROW_HEIGHT = 104;
const TOAST_MS = 12_000;
const SORTS: SortKey[] = ['clipped-desc', 'clipped-asc', 'published-desc', 'published-asc', 'title', 'site'];

type ToastState = { message: string; tone?: 'info' | 'error'; undo?: Clip[]; focus?: boolean } | null;
type Job = Progress & { cancel: AbortController | null };

/** Export, restore and the background's messages: loaded on first use, not for the first screen. */
const jobs = () => import('./jobs');
// The messaging runtime comes with the other jobs, off the first screen's path.
const askStoreStatus = () => jobs().then((j) => j.sendMessage('storeStatus', undefined));
const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${n === 1 ? one : `${one}s`}`;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

function useStore(store: LibraryStore): StoreState {
  const [state, setState] = useState(store.state);
  useEffect(() => store.subscribe(() => setState(store.state)), [store]);
  return state;
}

function textNote(s: StoreState): string | null {
  if (!s.metaReady) return s.phase === 'ready' ? 'Preparing search…' : null;
  const t = s.text;
  if (t.state === 'ready') return null;
  if (t.state === 'failed') return 'Searching titles, authors, sites, tags and notes (article text unavailable).';
  if (t.state === 'indexing' && t.total > 0) return `Indexing article text: ${Math.floor((100 * t.done) / t.total)}% (titles, authors, sites, tags and notes are searched already).`;
  return 'Loading the article-text index…';
}

export function App({ store }: { store: LibraryStore }) {
  const state = useStore(store);
  const [query, setQuery] = useState('');
  const queryAt = useRef<number | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [sortChoice, setSortChoice] = useState<SortKey | null>(null);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [openId, setOpenId] = useState<string | null>(null);
  const [openClip, setOpenClip] = useState<Clip | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [editError, setEditError] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastState>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [restore, setRestore] = useState<PlannedRestore | null>(null);
  const [reveal, setReveal] = useState<{ index: number; seq: number } | null>(null);
  const [Reader, setReader] = useState<FunctionComponent<ReaderPaneProps> | null>(null);
  const search = useRef<HTMLInputElement>(null);

  // Read-only (failed upgrade, data from a newer version) and set-aside records: asked once the
  // list is up, so the first screen never waits for the background.
  const storeStatus = useStoreStatus(state.phase === 'ready' ? askStoreStatus : null);
  const readOnly = Boolean(storeStatus?.readOnly);

  const sort: SortKey = sortChoice ?? (query.trim() ? 'relevance' : 'clipped-desc');
  const ready = state.phase === 'ready';

  // The search itself: synchronous, on every keystroke and on every change of the data.
  const outcome = useMemo(() => (ready ? store.find(query) : null), [store, query, state.version, state.metaReady, ready]);
  const visible = useMemo(() => {
    let list = outcome ? outcome.ids.map((id) => store.summary(id)!).filter(Boolean) : state.list;
    list = applyFilters(list, filters);
    if (sort === 'relevance' && outcome) return list;
    if (sort === 'clipped-desc' || sort === 'relevance') return list;
    return sortSummaries(list, sort);
  }, [outcome, state.list, filters, sort, store]);
  const visibleIds = useMemo(() => visible.map((s) => s.id), [visible]);
  const facetLists = useMemo(() => (ready ? facets(state.list) : { sites: [], tags: [] }), [state.list, ready]);

  // Clips deleted here or elsewhere leave the selection.
  useEffect(() => {
    if (ready) setSelection((sel) => prune(sel, (id) => store.has(id)));
  }, [state.version, ready, store]);

  // Right after the DOM has the results (layout effect), so the measurement ends at their frame.
  useLayoutEffect(() => {
    if (queryAt.current !== null) {
      const at = queryAt.current;
      queryAt.current = null;
      recordSearch(query, at, visible.length, outcome?.searchedText ?? false);
    }
  }, [visible, query, outcome]);

  const openSummary = openId ? (store.summary(openId) ?? null) : null;

  // The open clip: (re)loaded when opened and whenever its record changes.
  useEffect(() => {
    if (!openId) return;
    const summary = store.summary(openId);
    if (ready && !summary) {
      setOpenId(null);
      return;
    }
    if (openClip && openClip.id === openId && summary && openClip.updatedAt === summary.updatedAt) return;
    let live = true;
    setLoadError(null);
    store
      .readClip(openId)
      .then((clip) => {
        if (!live) return;
        if (clip) setOpenClip(clip);
        else setLoadError('This clip could not be read.');
      })
      .catch((e: unknown) => live && setLoadError(errorText(e)));
    return () => {
      live = false;
    };
    // openClip is compared above, not a reason to reload.
  }, [openId, state.version, ready, store]);

  const open = useCallback(
    (id: string, edit = false) => {
      if (!Reader) {
        void import('../../components/library/ReaderPane').then((m) => setReader(() => m.ReaderPane));
      }
      if (id !== openId) setOpenClip(null);
      setOpenId(id);
      setEditing(edit);
      setEditError(null);
    },
    [Reader, openId],
  );

  const closeReader = useCallback(() => {
    const id = openId;
    setOpenId(null);
    setEditing(false);
    if (id) {
      const i = visibleIds.indexOf(id);
      if (i >= 0) setReveal({ index: i, seq: Date.now() });
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-clip-id="${id}"] [data-control="open"]`)?.focus());
    }
  }, [openId, visibleIds]);

  const saveEdits = async (fields: ClipUserFields) => {
    if (!openId) return;
    setSaving(true);
    setEditError(null);
    try {
      const { sendMessage } = await jobs();
      const result = await sendMessage('editClip', { id: openId, edits: fields });
      if (result.ok) {
        setEditing(false);
        setToast({ message: 'Changes saved.' });
      } else setEditError(result.message);
    } catch (e) {
      setEditError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const runJob = async (label: string, fn: (signal: AbortSignal) => Promise<string | void>, cancellable = true) => {
    const controller = new AbortController();
    setJob({ label, done: 0, total: 0, cancel: cancellable ? controller : null });
    try {
      const message = await fn(controller.signal);
      if (message) setToast({ message });
    } catch (e) {
      setToast({ message: isAbort(e) ? 'Cancelled.' : errorText(e), tone: isAbort(e) ? 'info' : 'error' });
    } finally {
      setJob(null);
    }
  };
  const progress = (p: Progress) => setJob((j) => (j ? { ...j, ...p } : j));

  const remove = async (ids: string[], fromKeyboard: boolean) => {
    if (ids.length === 0) return;
    await runJob(
      `Deleting ${plural(ids.length, 'clip')}…`,
      async () => {
        const done = await (await jobs()).deleteWithUndo(store, ids, progress);
        if (openId && done.ids.includes(openId)) setOpenId(null);
        const title = done.ids.length === 1 ? `“${done.records[0]?.title ?? 'clip'}”` : plural(done.ids.length, 'clip');
        setToast({ message: `Deleted ${title}.`, undo: done.records, focus: fromKeyboard });
      },
      false,
    );
  };

  const undo = async (records: Clip[]) => {
    setToast(null);
    await runJob(
      'Restoring…',
      async () => {
        const r = await (await jobs()).putBack(records, progress, 'Restoring');
        return r.skipped > 0 ? `Restored ${plural(r.restored, 'clip')}; ${r.skipped} were already there.` : `Restored ${plural(r.restored, 'clip')}.`;
      },
      false,
    );
  };

  const exportIds = (ids: string[]) => void runJob(`Exporting ${plural(ids.length, 'clip')}…`, async (signal) => (await jobs()).exportClipsToFile(store, ids, progress, signal));

  const onRestoreFile = (file: File) =>
    void runJob(`Reading ${file.name}…`, async (signal) => {
      setRestore(await (await jobs()).planRestoreFromFile(store, file, progress, signal));
    });

  const confirmRestore = async () => {
    if (!restore) return;
    const plan = restore.plan;
    setRestore(null);
    await runJob(
      'Restoring…',
      async () => {
        const j = await jobs();
        const r = await j.putBack(j.restoredClips(plan), progress);
        const skipped = (restore.plan.skipped.length ?? 0) + r.skipped;
        return `Restored ${plural(r.restored, 'clip')}${skipped ? `; skipped ${skipped}` : ''}.`;
      },
      false,
    );
  };

  // Toasts go away on their own, except while focus is on them.
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => {
      if (!document.activeElement?.closest('.toast')) setToast(null);
    }, TOAST_MS);
    return () => clearTimeout(t);
  }, [toast]);

  // Keyboard: "/" to search, Escape to close the reader, Ctrl/Cmd+Z to undo a delete.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable]');
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        search.current?.focus();
      } else if (e.key === 'Escape' && openId && !editing && !restore) {
        closeReader();
      } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !typing && toast?.undo) {
        e.preventDefault();
        void undo(toast.undo);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const onToggle = useCallback((id: string, shift: boolean) => setSelection((sel) => toggleOne(sel, id, visibleIds, shift)), [visibleIds]);
  const busy = job !== null;
  const empty = ready && state.total === 0;

  return (
    <div class="library" data-state={state.phase} data-text={state.text.state} data-reader={openSummary ? 'open' : 'closed'}>
      <a class="skip-link" href="#clip-list">
        Skip to the list
      </a>
      <LibraryHeader
        total={state.phase === 'loading' ? null : state.total}
        busy={busy}
        readOnly={readOnly}
        onExportAll={() => exportIds(state.list.map((s) => s.id))}
        onBackup={() => void runJob('Backing up…', async (signal) => (await jobs()).backupToFile(store, state.list.map((s) => s.id), progress, signal))}
        onRestoreFile={onRestoreFile}
      >
        <StorageMeter reading={state.meter} />
      </LibraryHeader>
      <StoreBanner status={storeStatus} />
      {state.error ? (
        <p class="page-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <Toolbar
        query={query}
        onQuery={(q, at) => {
          queryAt.current = at;
          setQuery(q);
        }}
        filters={filters}
        onFilters={setFilters}
        sort={sort}
        sortOptions={query.trim() ? ['relevance', ...SORTS] : SORTS}
        onSort={setSortChoice}
        sites={facetLists.sites}
        tags={facetLists.tags}
        shown={visible.length}
        total={state.total}
        searchNote={query.trim() ? (ready && state.metaReady && !outcome ? 'Type another letter to search.' : textNote(state)) : null}
        searchRef={search}
      />
      <SelectionBar
        selected={selection.ids.size}
        shown={visible.length}
        coverage={coverage(selection, visibleIds)}
        busy={busy}
        readOnly={readOnly}
        onSelectShown={() => setSelection((s) => selectAll(s, visibleIds))}
        onUnselectShown={() => setSelection((s) => unselectAll(s, visibleIds))}
        onClear={() => setSelection(EMPTY_SELECTION)}
        onExport={() => exportIds([...selection.ids])}
        onDelete={() => void remove([...selection.ids], true)}
      />
      <div class="library-main">
        <section id="clip-list" class="list-pane" aria-label="Clips" tabIndex={-1}>
          {empty ? (
            <p class="empty">No clips yet. Click the News Clipper button on an article to save one.</p>
          ) : ready && visible.length === 0 ? (
            <p class="empty">No clips match. Try fewer words or clear the filters.</p>
          ) : state.phase === 'loading' ? (
            <p class="empty" role="status">
              Loading your clips…
            </p>
          ) : (
            <VirtualList
              count={visible.length}
              rowHeight={ROW_HEIGHT}
              label={`Clips, ${visible.length.toLocaleString('en')} shown`}
              reveal={reveal}
              onRowsShown={recordFirstRows}
              renderRow={(i, style) => {
                const clip = visible[i]!;
                return (
                  <ClipRow
                    key={clip.id}
                    clip={clip}
                    index={i}
                    setSize={visible.length}
                    style={style}
                    timed={i === 0}
                    selected={selection.ids.has(clip.id)}
                    active={clip.id === openId}
                    readOnly={readOnly}
                    onToggle={onToggle}
                    onOpen={(id) => open(id)}
                    onEdit={(id) => open(id, true)}
                    onExport={(id) => exportIds([id])}
                    onDelete={(id) => void remove([id], true)}
                  />
                );
              }}
            />
          )}
        </section>
        {openSummary && Reader ? (
          <Reader
            summary={openSummary}
            clip={openClip && openClip.id === openSummary.id ? openClip : null}
            loadError={loadError}
            editing={editing}
            saving={saving}
            editError={editError}
            onClose={closeReader}
            onEdit={() => setEditing(true)}
            onCancelEdit={() => setEditing(false)}
            onSave={(f) => void saveEdits(f)}
            onExport={() => exportIds([openSummary.id])}
            onDelete={() => void remove([openSummary.id], true)}
            readOnly={readOnly}
          />
        ) : null}
      </div>
      <div class="overlays">
        {job ? <ProgressPanel label={job.label} done={job.done} total={job.total} onCancel={job.cancel ? () => job.cancel!.abort() : null} /> : null}
        {toast ? (
          <Toast
            message={toast.message}
            tone={toast.tone}
            focusAction={toast.focus}
            action={toast.undo ? { label: 'Undo', onClick: () => void undo(toast.undo!) } : null}
            onDismiss={() => setToast(null)}
          />
        ) : null}
      </div>
      {restore ? (
        <RestoreDialog
          fileName={restore.fileName}
          summary={restore.plan.summary}
          toWrite={restore.plan.add.length + restore.plan.update.length}
          skipped={restore.plan.skipped.map((s) => ({ title: s.title, id: s.id, reason: s.reason, detail: s.detail }))}
          busy={busy}
          onConfirm={() => void confirmRestore()}
          onCancel={() => setRestore(null)}
        />
      ) : null}
    </div>
  );
}
