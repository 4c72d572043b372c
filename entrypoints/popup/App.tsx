/**
 * The popup: opening it starts (or resumes) the clip of its tab, so the preview appears with
 * no extra click and the draft is stored even if the popup closes at once. All extension calls
 * are here; the components under components/ only render.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { ClipPreview } from '../../components/ClipPreview';
import { ErrorPanel } from '../../components/ErrorPanel';
import { SaveBar, type SavePhase } from '../../components/SaveBar';
import { StoreBanner } from '../../components/StoreBanner';
import type { ClipUserFields, ExtractedClip } from '../../utils/clip';
import { sentenceFor, type ClipErrorCode } from '../../utils/clip-errors';
import type { PopupState, SaveChoice } from '../../utils/clip-service';
import { sendMessage } from '../../utils/messaging';
import type { ClipMode } from '../../utils/storage/drafts';
import { useStoreStatus } from '../../utils/use-store-status';
import type { StoredMarkdown } from '../../utils/markdown/stored-record';
import { requestClip, type Boot, type OpenOutcome } from './boot';

const askStoreStatus = () => sendMessage('storeStatus', undefined);

type View =
  | { kind: 'loading'; mode: ClipMode }
  | { kind: 'error'; code: ClipErrorCode; message: string; detail: string | null }
  | { kind: 'preview'; state: PopupState };

const SELECTION_OFFERED = new Set<ClipErrorCode>(['not-article', 'too-large', 'no-selection']);
const RETRY_OFFERED = new Set<ClipErrorCode>(['unreadable', 'internal', 'no-access']);
const EDIT_DELAY_MS = 250;
/** Bodies above this are not sent with the save (message size limit); the export converts them. */
const SAVE_BODY_MAX_CHARS = 100_000;
const markdownCore = () => import('../../utils/markdown/index');
const sendable = (md: StoredMarkdown | null | undefined): StoredMarkdown | undefined =>
  md && md.body.length <= SAVE_BODY_MAX_CHARS ? md : undefined;

interface BodyJob {
  of: ExtractedClip;
  stored: Promise<StoredMarkdown | null>;
  /** The body once made (null: it could not be); undefined while converting. */
  done: StoredMarkdown | null | undefined;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function App({ boot }: { boot: Promise<Boot> }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading', mode: 'page' });
  const [edits, setEdits] = useState<ClipUserFields>({ title: '', tags: [], note: '' });
  const [phase, setPhase] = useState<SavePhase>('idle');
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const editTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const storeStatus = useStoreStatus(askStoreStatus);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  /** Bumped when default tags arrive, so the preview's tags field starts again from them. */
  const [prefilled, setPrefilled] = useState(0);
  const touched = useRef(false);
  // The draft's Markdown body, converted once (in idle time after the preview shows): stored
  // with the clip so exports never convert it again, and used by Copy as Markdown.
  const body = useRef<BodyJob | null>(null);
  const storedBody = useCallback((extracted: ExtractedClip): Promise<StoredMarkdown | null> => {
    if (body.current?.of !== extracted) {
      const job: BodyJob = { of: extracted, stored: Promise.resolve(null), done: undefined };
      job.stored = markdownCore()
        .then((m) => m.clipStoredMarkdown(extracted))
        .catch(() => null)
        .then((made) => (job.done = made));
      body.current = job;
    }
    return body.current.stored;
  }, []);

  const show = useCallback((outcome: OpenOutcome) => {
    if (!outcome.ok) {
      setView({ kind: 'error', code: outcome.code, message: sentenceFor(outcome.code), detail: outcome.detail });
      return;
    }
    const { draft } = outcome.state;
    if (draft.status === 'error' || !draft.extracted) {
      const code = draft.error?.code ?? 'internal';
      setView({ kind: 'error', code, message: draft.error?.message ?? sentenceFor(code), detail: draft.error?.detail ?? null });
      return;
    }
    setEdits(draft.edits);
    setView({ kind: 'preview', state: outcome.state });
    setCopyNote(null);
    touched.current = false;
    const extracted = draft.extracted;
    const idle = (globalThis as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => void }).requestIdleCallback;
    if (idle) idle(() => void storedBody(extracted), { timeout: 2000 });
    // A fresh draft starts with the default tags from the options page.
    if (draft.status === 'ready' && draft.edits.tags.length === 0) {
      void import('../../utils/settings')
        .then((m) => m.loadSettings())
        .then((settings) => {
          if (touched.current || settings.defaultTags.length === 0) return;
          setEdits((current) => (current.tags.length === 0 ? { ...current, tags: [...settings.defaultTags] } : current));
          setPrefilled((n) => n + 1);
        })
        .catch(() => undefined);
    }
  }, [storedBody]);

  const open = useCallback(
    async (id: number, mode?: ClipMode, fresh = false) => {
      setView({ kind: 'loading', mode: mode ?? 'page' });
      setPhase('idle');
      setSaveMessage(null);
      show(await requestClip(id, { mode, fresh }));
    },
    [show],
  );

  useEffect(() => {
    void boot.then(({ tabId: id, outcome }) => {
      setTabId(id);
      show(outcome);
    });
  }, [boot, show]);

  const onEdit = (next: ClipUserFields) => {
    touched.current = true;
    setEdits(next);
    if (tabId === null) return;
    if (editTimer.current) clearTimeout(editTimer.current);
    editTimer.current = setTimeout(() => void sendMessage('updateDraft', { tabId, edits: next }).catch(() => undefined), EDIT_DELAY_MS);
  };

  const save = async (choice: SaveChoice, targetId?: string) => {
    const clickedAt = Date.now();
    if (tabId === null || view.kind !== 'preview') return;
    if (editTimer.current) clearTimeout(editTimer.current);
    setPhase('saving');
    setSaveMessage(null);
    try {
      // The save never waits for the Markdown body: it goes with the clip when it is already
      // made, else to the background as soon as it is (the export makes it if it never comes).
      const extracted = view.state.draft.extracted!;
      const made = storedBody(extracted);
      const ready = body.current?.done;
      const markdown = sendable(ready);
      const result = await sendMessage('saveDraft', { tabId, edits, choice, targetId, clickedAt, ...(markdown ? { markdown } : {}) });
      if (result.ok) {
        setPhase('saved');
        setSaveMessage(result.replaced ? 'Updated the saved clip.' : 'Saved to your library.');
        if (ready === undefined) {
          const id = result.clip.id;
          void made.then((later) => {
            const md = sendable(later);
            return md ? sendMessage('storeMarkdown', { id, markdown: md }) : false;
          }).catch(() => false);
        }
        return;
      }
      if (result.code === 'duplicate' && result.existing) {
        setView({ kind: 'preview', state: { ...view.state, existing: result.existing } });
        setPhase('idle');
        return;
      }
      setPhase('failed');
      setSaveMessage(result.message);
    } catch (e) {
      setPhase('failed');
      setSaveMessage(`${sentenceFor('internal')} (${errorText(e)})`);
    }
  };

  const copyMarkdown = async () => {
    if (view.kind !== 'preview') return;
    const extracted = view.state.draft.extracted!;
    try {
      const [m, clipModule, settingsModule, stored] = await Promise.all([markdownCore(), import('../../utils/clip'), import('../../utils/settings'), storedBody(extracted)]);
      const settings = await settingsModule.loadSettings();
      // The file the library would export for this clip if it were saved now, with these edits.
      const clip = clipModule.createClip(extracted, { id: 'unsaved-clip', now: new Date(), title: edits.title, tags: edits.tags, note: edits.note });
      const text = stored ? m.assembleMarkdown(clip, stored, { fields: settings.frontMatterFields }) : m.clipToMarkdown(clip, { fields: settings.frontMatterFields });
      await navigator.clipboard.writeText(text);
      setCopyNote('Copied as Markdown.');
    } catch (e) {
      setCopyNote(`Could not copy (${errorText(e)}).`);
    }
  };

  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });

  if (view.kind === 'loading') {
    return (
      <main data-state="loading">
        <p class="loading" role="status">
          {view.mode === 'selection' ? 'Reading the selection…' : 'Reading the page…'}
        </p>
      </main>
    );
  }
  if (view.kind === 'error') {
    return (
      <main data-state="error">
        <StoreBanner status={storeStatus} />
        <ErrorPanel
          code={view.code}
          message={view.message}
          offerSelection={tabId !== null && SELECTION_OFFERED.has(view.code)}
          offerRetry={tabId !== null && RETRY_OFFERED.has(view.code)}
          onClipSelection={() => tabId !== null && void open(tabId, 'selection', true)}
          onRetry={() => tabId !== null && void open(tabId, undefined, true)}
        />
      </main>
    );
  }
  const { draft, existing, readOnly } = view.state;
  return (
    <main data-state="preview">
      <StoreBanner status={storeStatus} />
      <ClipPreview key={prefilled} clip={draft.extracted!} edits={edits} onEdit={onEdit} disabled={phase === 'saving' || phase === 'saved'} />
      <SaveBar
        phase={phase}
        existing={existing}
        message={saveMessage}
        readOnly={readOnly}
        onSave={() => void save('new')}
        onUpdate={(id) => void save('update', id)}
        onKeepBoth={() => void save('keep-both')}
        onOpenLibrary={openLibrary}
      />
      <button type="button" class="link-button" data-action="copy-markdown" onClick={() => void copyMarkdown()}>
        Copy as Markdown
      </button>
      {copyNote ? (
        <p class="status" role="status" data-field="copy-status">
          {copyNote}
        </p>
      ) : null}
      {draft.extracted!.fromSelection && phase !== 'saved' && tabId !== null ? (
        <button type="button" class="link-button" onClick={() => void open(tabId, 'page', true)}>
          Clip the whole page instead
        </button>
      ) : null}
    </main>
  );
}
