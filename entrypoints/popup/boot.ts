/**
 * The popup's first job, kept small so it runs as soon as the popup opens: find the tab and
 * ask the background for its clip. The UI (App.tsx and the components) loads meanwhile.
 */
import { browser } from '#imports';
import type { ClipErrorCode } from '../../utils/clip-errors';
import type { PopupState } from '../../utils/clip-service';
import { sendMessage } from '../../utils/messaging';
import type { ClipMode } from '../../utils/storage/drafts';
import { resolveTargetTabId } from '../../utils/target-tab';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export type OpenOutcome = { ok: true; state: PopupState } | { ok: false; code: ClipErrorCode; detail: string | null };

export async function requestClip(tabId: number, options: { mode?: ClipMode; fresh?: boolean; openedAt?: number }): Promise<OpenOutcome> {
  try {
    return { ok: true, state: await sendMessage('openClip', { tabId, ...options }) };
  } catch (e) {
    return { ok: false, code: 'internal', detail: errorText(e) };
  }
}

export interface Boot {
  tabId: number | null;
  outcome: OpenOutcome;
}

/**
 * Called by main.tsx before anything renders: finds the tab and asks the background for its
 * clip at once, not after the first paint (effects wait for a frame, which a popup may not get
 * soon). openedAt: when this popup started loading, so the draft's timings include it.
 */
export async function bootPopup(): Promise<Boot> {
  const tabId = await resolveTargetTabId(location.search, () => browser.tabs.query({ active: true, currentWindow: true })).catch(() => null);
  if (tabId === null) return { tabId, outcome: { ok: false, code: 'no-tab', detail: null } };
  return { tabId, outcome: await requestClip(tabId, { openedAt: performance.timeOrigin }) };
}

