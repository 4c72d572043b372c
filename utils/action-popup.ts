/**
 * The toolbar button (pure apart from the functions passed in). The manifest gives the action
 * no popup, so every press, and the `_execute_action` shortcut, fires `action.onClicked` in the
 * background, which grants activeTab. The background then starts the clip at once and opens
 * the popup in the same turn: the page is injected and extracted while the browser is still
 * creating the popup, instead of after it (issue #2 §8). The popup attaches to the clip in
 * progress (its `openClip` gets the same draft).
 *
 * Chrome opens only a popup the tab has, so the tab gets one just for the opening and loses it
 * again once it shows: the next press fires onClicked again. The popup's URL names the tab
 * (`popup.html?tabId=N`, utils/target-tab.ts), so it clips the tab that was pressed without
 * asking which tab is active (one round trip less, and never another tab). Firefox allows `openPopup()` only
 * inside the user-action handler, before any await, so nothing here awaits before it.
 */
import type { TabInfo } from './clip-service';

/** The popup page, as `action.setPopup` takes it (relative to the extension root). */
export const POPUP_PAGE = 'popup.html';

/** The slice of `browser.action` used here. */
export interface ActionApi {
  setPopup(details: { tabId: number; popup: string }): Promise<void>;
  openPopup(options?: { windowId?: number }): Promise<void>;
}

export interface ClickedTab {
  id?: number;
  windowId?: number;
  url?: string;
  pendingUrl?: string;
}

/**
 * Opens the action's popup for this tab. Resolves once the browser showed it; rejects when it
 * refused (no focused window, a browser without openPopup). Either way the tab's popup is
 * cleared afterwards.
 */
export function openActionPopup(action: ActionApi, tab: { id: number; windowId?: number }): Promise<void> {
  const set = action.setPopup({ tabId: tab.id, popup: `${POPUP_PAGE}?tabId=${tab.id}` });
  const opened = action.openPopup(typeof tab.windowId === 'number' ? { windowId: tab.windowId } : undefined);
  const clear = () => action.setPopup({ tabId: tab.id, popup: '' }).catch(() => undefined);
  return Promise.all([set, opened]).then(
    () => clear(),
    async (e: unknown) => {
      await clear();
      throw e;
    },
  );
}

export interface ActionClickDeps {
  /** Starts (or reuses) the tab's clip; not awaited. */
  start(tab: TabInfo): Promise<unknown>;
  openPopup(tab: { id: number; windowId?: number }): Promise<void>;
  /** Where the popup cannot open: the same UI in a small window for that tab. */
  openPopupWindow(tabId: number): Promise<unknown>;
}

/** action.onClicked: opens the popup and starts the clip, both before returning. */
export function handleActionClick(tab: ClickedTab | undefined, deps: ActionClickDeps): Promise<void> | undefined {
  if (typeof tab?.id !== 'number') return undefined;
  const tabId = tab.id;
  const shown = deps.openPopup({ id: tabId, windowId: tab.windowId });
  void deps.start({ id: tabId, url: tab.url ?? null, pendingUrl: tab.pendingUrl ?? null }).catch(() => undefined);
  return shown.catch(async () => {
    await deps.openPopupWindow(tabId);
  });
}
