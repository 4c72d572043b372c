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
import type { ClipUserFields } from '../../utils/clip';
import { sentenceFor, type ClipErrorCode } from '../../utils/clip-errors';
import type { PopupState, SaveChoice } from '../../utils/clip-service';
import { sendMessage } from '../../utils/messaging';
import type { ClipMode } from '../../utils/storage/drafts';
import { useStoreStatus } from '../../utils/use-store-status';
import { requestClip, type Boot, type OpenOutcome } from './boot';

type View =
  | { kind: 'loading'; mode: ClipMode }
  | { kind: 'error'; code: ClipErrorCode; message: string; detail: string | null }
  | { kind: 'preview'; state: PopupState };

const SELECTION_OFFERED = new Set<ClipErrorCode>(['not-article', 'too-large', 'no-selection']);
const RETRY_OFFERED = new Set<ClipErrorCode>(['unreadable', 'internal', 'no-access']);
const EDIT_DELAY_MS = 250;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function App({ boot }: { boot: Promise<Boot> }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading', mode: 'page' });
  const [edits, setEdits] = useState<ClipUserFields>({ title: '', tags: [], note: '' });
  const [phase, setPhase] = useState<SavePhase>('idle');
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const editTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const storeStatus = useStoreStatus();

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
  }, []);

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
    setEdits(next);
    if (tabId === null) return;
    if (editTimer.current) clearTimeout(editTimer.current);
    editTimer.current = setTimeout(() => void sendMessage('updateDraft', { tabId, edits: next }).catch(() => undefined), EDIT_DELAY_MS);
  };

  const save = async (choice: SaveChoice, targetId?: string) => {
    if (tabId === null || view.kind !== 'preview') return;
    if (editTimer.current) clearTimeout(editTimer.current);
    setPhase('saving');
    setSaveMessage(null);
    try {
      const result = await sendMessage('saveDraft', { tabId, edits, choice, targetId });
      if (result.ok) {
        setPhase('saved');
        setSaveMessage(result.replaced ? 'Updated the saved clip.' : 'Saved to your library.');
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
      <ClipPreview clip={draft.extracted!} edits={edits} onEdit={onEdit} disabled={phase === 'saving' || phase === 'saved'} />
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
      {draft.extracted!.fromSelection && phase !== 'saved' && tabId !== null ? (
        <button type="button" class="link-button" onClick={() => void open(tabId, 'page', true)}>
          Clip the whole page instead
        </button>
      ) : null}
    </main>
  );
}
