/**
 * The user's path through the extension, step by step, for the e2e tests, the demo and the
 * benchmark (Node only): press the toolbar button on a page, wait for the draft the popup
 * started, drive the popup UI, read what was stored.
 *
 * The press fires `action.onClicked`: the background starts the clip and opens the real popup
 * together. In headless Chromium that popup is not a Playwright page, but its script runs and
 * asks for the draft (which stamps `timings.shownAt` when it is answered). The UI is then driven
 * by opening `popup.html?tabId=N` in a tab, which resumes that same draft.
 */
import type { Page } from 'playwright-core';
import type { Clip } from '../../utils/clip';
import type { StorageArea } from '../../utils/storage/area';
import type { Draft } from '../../utils/storage/drafts';
import type { ClipSummary } from '../../utils/storage/summary';
import type { ExtensionBrowser } from './chromium';

/** What these helpers use of `chrome.*` inside an extension page (they run there, not in Node). */
interface PageStorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: { storage: { local: PageStorageArea; session: PageStorageArea } };

const FINAL: ReadonlySet<Draft['status']> = new Set(['ready', 'error', 'saved']);

export async function readDrafts(ext: ExtensionBrowser): Promise<Draft[]> {
  const all = await ext.evaluate(() => chrome.storage.session.get(null), undefined);
  return Object.entries(all)
    .filter(([k]) => k.startsWith('draft:'))
    .map(([, v]) => v as Draft);
}

export async function readLocal(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  return ext.evaluate(() => chrome.storage.local.get(null), undefined);
}

/** Every stored clip record (`clip:*`), oldest first. */
export async function readClips(ext: ExtensionBrowser): Promise<Clip[]> {
  const all = await readLocal(ext);
  return Object.entries(all)
    .filter(([k]) => k.startsWith('clip:'))
    .map(([, v]) => v as Clip)
    .sort((a, b) => (a.clippedAt < b.clippedAt ? -1 : a.clippedAt > b.clippedAt ? 1 : 0));
}

/** Every summary from the `sum:` buckets. */
export async function readSummaries(ext: ExtensionBrowser): Promise<ClipSummary[]> {
  const all = await readLocal(ext);
  return Object.entries(all)
    .filter(([k]) => k.startsWith('sum:'))
    .flatMap(([, bucket]) => Object.values(bucket as Record<string, ClipSummary>));
}

/**
 * The extension's real `storage.local` / `storage.session`, usable from Node with every
 * utils/storage function (each call runs in an extension page). For seeding and inspecting in
 * tests: e.g. `saveClip(extensionStorageArea(ext, 'local'), clip, createLocalLock())` writes a
 * clip with its summary and index exactly as the background would. Its lock is Node-side only,
 * so don't seed while the extension itself is saving.
 */
export function extensionStorageArea(ext: ExtensionBrowser, area: 'local' | 'session'): StorageArea {
  return {
    get: (keys) => ext.evaluate(([a, k]) => chrome.storage[a].get(k), [area, keys ?? null] as const),
    set: (items) => ext.evaluate(([a, i]) => chrome.storage[a].set(i), [area, items] as const),
    remove: (keys) => ext.evaluate(([a, k]) => chrome.storage[a].remove(k), [area, keys] as const),
  };
}

export async function clearStorage(ext: ExtensionBrowser): Promise<void> {
  await ext.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
  }, undefined);
}

export interface DraftQuery {
  /** The page's URL as the tab reports it (null matches drafts whose URL the browser hid). */
  url?: string | null;
  tabId?: number;
  /** Only drafts started at or after this wall-clock time (ms). */
  since?: number;
  /** Wait for one of these statuses; default any final one (ready, error, saved). */
  status?: ReadonlyArray<Draft['status']>;
  /** Only drafts a popup has been answered with (`timings.shownAt` set). */
  shown?: boolean;
  timeoutMs?: number;
}

export async function waitForDraft(ext: ExtensionBrowser, query: DraftQuery): Promise<Draft> {
  const deadline = Date.now() + (query.timeoutMs ?? 15_000);
  const statuses = query.status ? new Set(query.status) : FINAL;
  let seen: Draft[] = [];
  while (Date.now() < deadline) {
    seen = await readDrafts(ext);
    const match = seen
      .filter((d) => query.url === undefined || d.url === query.url)
      .filter((d) => query.tabId === undefined || d.tabId === query.tabId)
      .filter((d) => query.since === undefined || d.timings.requestedAt >= query.since)
      .filter((d) => statuses.has(d.status))
      .filter((d) => !query.shown || typeof d.timings.shownAt === 'number')
      .sort((a, b) => b.timings.requestedAt - a.timings.requestedAt)[0];
    if (match) return match;
    await new Promise((r) => setTimeout(r, 15));
  }
  const summary = seen.map((d) => `${d.tabId} ${d.status} ${d.url}`).join('; ') || 'none';
  throw new Error(`No draft matching ${JSON.stringify(query)} in time (drafts: ${summary})`);
}

/** Opens the popup UI for a tab in a normal tab, as the e2e tests and the demo drive it. */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl(`/popup.html?tabId=${tabId}`));
  await page.locator('main[data-state="preview"], main[data-state="error"]').waitFor({ timeout: 15_000 });
  return page;
}

export interface ClipOutcome {
  draft: Draft;
  /** Present when the page could be clipped and was saved. */
  clip: Clip | null;
  /** The popup page, left open for further checks (the caller closes it). */
  popup: Page;
  /** When the toolbar click was sent, and Node's clock just before the Save click. */
  pressedAt: number;
  saveClickedAt: number | null;
}

/**
 * Presses the toolbar button on `page`, waits for the preview, saves through the popup UI
 * (unless `save: false`) and returns the stored clip.
 */
export async function clipThroughToolbar(ext: ExtensionBrowser, page: Page, options: { save?: boolean } = {}): Promise<ClipOutcome> {
  const pressedAt = await ext.pressAction(page);
  // The toolbar's own popup must have got the finished draft before the page-mode popup (below)
  // asks: that answer is the preview the person sees, and what the benchmark times.
  const draft = await waitForDraft(ext, { url: page.url(), since: pressedAt - 5, shown: true });
  const popup = await openPopup(ext, draft.tabId);
  if (draft.status !== 'ready' || options.save === false) return { draft, clip: null, popup, pressedAt, saveClickedAt: null };
  const saveClickedAt = Date.now();
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await popup.locator('footer[data-save="saved"]').waitFor({ timeout: 15_000 });
  const saved = await waitForDraft(ext, { tabId: draft.tabId, status: ['saved'] });
  const clip = (await readClips(ext)).find((c) => c.id === saved.saved?.id) ?? null;
  return { draft: saved, clip, popup, pressedAt, saveClickedAt };
}
