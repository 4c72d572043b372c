/**
 * The "Clip selection" context-menu item (pure apart from the functions passed in). On click:
 * start extracting the selection right away (while it is there), and open the popup in the
 * same turn of the event loop, since Firefox allows `action.openPopup()` only inside the
 * user-action handler. Where opening the popup fails, a popup window shows the same UI for
 * that tab (`popup.html?tabId=N`).
 */
import type { ClipMode } from './storage/drafts';

export const MENU_CLIP_SELECTION = 'clip-selection';

export const CLIP_SELECTION_MENU = { id: MENU_CLIP_SELECTION, title: 'Clip selection', contexts: ['selection'] as ['selection'] };

export interface MenuDeps {
  begin(tabId: number, mode: ClipMode): Promise<unknown>;
  openPopup(): Promise<void>;
  openPopupWindow(tabId: number): Promise<unknown>;
}

export function handleMenuClick(
  info: { menuItemId: string | number },
  tab: { id?: number } | undefined,
  deps: MenuDeps,
): Promise<void> | undefined {
  if (info.menuItemId !== MENU_CLIP_SELECTION || typeof tab?.id !== 'number') return undefined;
  const tabId = tab.id;
  void deps.begin(tabId, 'selection').catch(() => undefined);
  return deps.openPopup().catch(async () => {
    await deps.openPopupWindow(tabId);
  });
}
