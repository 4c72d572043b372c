/**
 * Drafts: the clip being previewed, with the user's edits, kept in `storage.session` under
 * `draft:<tabId>` so it survives the popup closing (and is gone when the browser exits).
 * Written only by the background; read by the background and extension pages, never by
 * content scripts (engineering.md P14). Pure apart from the storage area passed in.
 */
import type { ClipUserFields, ExtractedClip } from '../clip';
import type { ClipErrorCode } from '../clip-errors';
import type { StorageArea } from './area';

export const DRAFT_PREFIX = 'draft:';
export const draftKey = (tabId: number): string => `${DRAFT_PREFIX}${tabId}`;

/** How the clip was started: the whole page, or only the user's selection. */
export type ClipMode = 'page' | 'selection';

export type DraftStatus = 'extracting' | 'ready' | 'error' | 'saved';

export interface DraftError {
  code: ClipErrorCode;
  /** The sentence shown to the user. */
  message: string;
  /** The underlying error text, for bug reports; never shown as the main message. */
  detail: string | null;
}

/** Wall-clock milliseconds (Date.now()) of each step, for the benchmark and bug reports. */
export interface DraftTimings {
  /** When the first popup that showed this clip started loading (null: no popup asked yet). */
  popupAt: number | null;
  /** When the clip started: the toolbar press reached the background, or a popup or menu asked. */
  requestedAt: number;
  /** When that first popup asked the background for the clip. */
  askedAt: number | null;
  /** When the background answered that popup with the finished draft (preview or error). */
  shownAt: number | null;
  /** The extraction core's own time, measured inside the content script. */
  extractMs: number | null;
  /** Both `executeScript` calls, from the background: extraction plus injection overhead. */
  scriptMs: number | null;
  readyAt: number | null;
  /** When Save was clicked in the popup (its own clock), and when that request reached the background. */
  saveClickedAt: number | null;
  saveAskedAt: number | null;
  /** When the saved clip's `set()` resolved. */
  savedAt: number | null;
}

export interface Draft {
  tabId: number;
  /** Reserved when the extraction starts, so retrying a save never makes a second clip. */
  clipId: string;
  mode: ClipMode;
  status: DraftStatus;
  /** The tab's URL when the clip started (null when the browser hides it). */
  url: string | null;
  /** True once the extractor was injected into the tab (restricted pages never are). */
  injected: boolean;
  extracted: ExtractedClip | null;
  edits: ClipUserFields;
  error: DraftError | null;
  /** The clip this draft became, once saved. */
  saved: { id: string; at: string } | null;
  timings: DraftTimings;
}

const isDraft = (v: unknown): v is Draft =>
  typeof v === 'object' && v !== null && typeof (v as Draft).tabId === 'number' && typeof (v as Draft).clipId === 'string';

export async function getDraft(area: StorageArea, tabId: number): Promise<Draft | null> {
  const key = draftKey(tabId);
  const value = (await area.get(key))[key];
  return isDraft(value) ? value : null;
}

export async function putDraft(area: StorageArea, draft: Draft): Promise<void> {
  await area.set({ [draftKey(draft.tabId)]: draft });
}

export async function removeDraft(area: StorageArea, tabId: number): Promise<void> {
  await area.remove(draftKey(tabId));
}

/** Every draft in the area (the e2e harness and the benchmark read them this way). */
export async function listDrafts(area: StorageArea): Promise<Draft[]> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([k, v]) => k.startsWith(DRAFT_PREFIX) && isDraft(v))
    .map(([, v]) => v as Draft);
}
