/**
 * What an e2e test does with the extension, in the user's terms: open a page, press the
 * toolbar button, look at the popup, save, read what was stored. Built on the same helpers as
 * the demo and the benchmark (scripts/lib/clip-flow.ts).
 */
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../../scripts/lib/chromium';
import {
  clipThroughToolbar,
  openPopup,
  readClips,
  readDrafts,
  readLocal,
  readSummaries,
  waitForDraft,
  type DraftQuery,
} from '../../../scripts/lib/clip-flow';
import type { StaticServer } from '../../../scripts/lib/static-server';
import type { Clip } from '../../../utils/clip';
import type { Draft } from '../../../utils/storage/drafts';
import type { ClipSummary } from '../../../utils/storage/summary';
import { PopupPage } from './popup-page';

export class Clipper {
  private readonly opened: Page[] = [];

  constructor(
    readonly ext: ExtensionBrowser,
    readonly server: StaticServer,
  ) {}

  /** Opens a fixture page (path under tests/fixtures/e2e, or a full URL) in a new tab. */
  async openPage(pathOrUrl: string, options: { waitUntil?: 'load' | 'commit' } = {}): Promise<Page> {
    const page = await this.ext.context.newPage();
    this.opened.push(page);
    const url = /^[a-z-]+:/i.test(pathOrUrl) ? pathOrUrl : this.server.url(pathOrUrl);
    // Failed loads (the network is closed) still leave the tab at the URL, which is what we test.
    await page.goto(url, { waitUntil: options.waitUntil ?? 'load' }).catch(() => undefined);
    return page;
  }

  /** Presses the toolbar button for this tab; returns when the click was sent. */
  async press(page: Page, options?: { bringToFront?: boolean }): Promise<number> {
    return this.ext.pressAction(page, options);
  }

  /** Presses the toolbar button and waits for the draft it produced (ready or error). */
  async pressAndWait(page: Page, query: Omit<DraftQuery, 'since'> = {}): Promise<Draft> {
    const since = await this.press(page);
    return waitForDraft(this.ext, { url: page.url(), ...query, since: since - 5 });
  }

  draft(query: DraftQuery): Promise<Draft> {
    return waitForDraft(this.ext, query);
  }

  drafts(): Promise<Draft[]> {
    return readDrafts(this.ext);
  }

  async popup(tabId: number): Promise<PopupPage> {
    const page = await openPopup(this.ext, tabId);
    this.opened.push(page);
    return new PopupPage(page);
  }

  /** Toolbar → preview → Save through the popup UI; returns the stored clip. */
  async clipAndSave(page: Page): Promise<{ clip: Clip; draft: Draft; popup: PopupPage }> {
    const outcome = await clipThroughToolbar(this.ext, page);
    this.opened.push(outcome.popup);
    if (!outcome.clip) throw new Error(`Not saved: ${outcome.draft.status} ${outcome.draft.error?.code ?? ''}`);
    return { clip: outcome.clip, draft: outcome.draft, popup: new PopupPage(outcome.popup) };
  }

  clips(): Promise<Clip[]> {
    return readClips(this.ext);
  }

  summaries(): Promise<ClipSummary[]> {
    return readSummaries(this.ext);
  }

  local(): Promise<Record<string, unknown>> {
    return readLocal(this.ext);
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.opened.filter((p) => !p.isClosed()).map((p) => p.close().catch(() => undefined)));
    this.opened.length = 0;
  }
}
