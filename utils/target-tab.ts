/**
 * Which tab the popup clips (pure apart from the query function passed in). The popup the
 * background opens for a press names its tab in the URL (`popup.html?tabId=N`,
 * utils/action-popup.ts), as do the context-menu fallback window and the e2e tests, where
 * `tabs.query` would return the popup's own tab (engineering.md P21): that tab is clipped.
 * Without one (a popup opened some other way) it clips the active tab of its window.
 */
export interface TabLike {
  id?: number;
}

export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export async function resolveTargetTabId(search: string, queryActiveTab: () => Promise<TabLike[]>): Promise<number | null> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await queryActiveTab();
  return typeof tab?.id === 'number' ? tab.id : null;
}
