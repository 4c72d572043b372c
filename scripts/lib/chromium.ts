/**
 * Chromium with the built extension loaded: the one launcher for the e2e tests, the demo and
 * the benchmark (Node only). Debian's Chromium through playwright-core (no browser download),
 * flags for a closed network, and the real toolbar click through CDP
 * `Extensions.triggerAction` (reliability.md §1.10, §6.2).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

/** Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export interface LaunchOptions {
  /** The unpacked extension to load; default `.output/chrome-mv3`. */
  extensionDir?: string;
  /** Reuse a profile (e.g. to test a restart); a fresh temporary one otherwise. */
  userDataDir?: string;
  headless?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /**
   * Clicks the extension's toolbar button for the tab showing `page` (grants activeTab).
   * Resolves to the wall-clock time the click was sent (after finding the tab).
   */
  pressAction(page: Page, options?: { bringToFront?: boolean }): Promise<number>;
  /** A long-lived extension page to evaluate `chrome.*` calls in (it survives worker restarts). */
  extensionPage(): Promise<Page>;
  /** Runs `fn(arg)` inside an extension page, where `chrome.*` is available. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  extensionUrl(pathname: string): string;
  /** Closes the browser; removes the profile unless it was passed in or `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** The switches every run needs here: no sandbox as root, no GPU, nothing that phones home. */
export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-search-engine-choice-screen',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = path.resolve(options.extensionDir ?? CHROME_EXTENSION_DIR);
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run "npm run build" first.`);
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'news-clipper-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    args: [...BASE_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(options.args ?? [])],
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    let cdp: CDPSession | null = null;
    let evalPage: Page | null = null;

    /** The URL Chromium reports for a page's target ('' after a failed load, view-source:…). */
    const targetUrl = async (page: Page): Promise<string> => {
      const session = await context.newCDPSession(page);
      try {
        const { targetInfo } = (await session.send('Target.getTargetInfo')) as { targetInfo: { url: string } };
        return targetInfo.url;
      } finally {
        await session.detach().catch(() => undefined);
      }
    };

    /**
     * Extensions.triggerAction needs the TAB target, not the page target (reliability.md
     * §1.10), and CDP does not link the two: match by URL, and when that is ambiguous (a failed
     * load), pair every other page with its tab and take the one left over.
     */
    const tabTargetOf = async (page: Page): Promise<string> => {
      const { targetInfos } = (await cdp!.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
        targetInfos: Array<{ targetId: string; url: string }>;
      };
      const own = await targetUrl(page);
      const exact = targetInfos.filter((t) => t.url === own);
      if (exact.length === 1) return exact[0]!.targetId;
      const remaining = [...targetInfos];
      for (const other of context.pages()) {
        if (other === page) continue;
        const url = await targetUrl(other);
        const i = remaining.findIndex((t) => t.url === url);
        if (i >= 0) remaining.splice(i, 1);
      }
      if (remaining.length === 1) return remaining[0]!.targetId;
      throw new Error(`Cannot tell which tab shows ${own || page.url()}: ${remaining.length} candidates.`);
    };

    const extensionUrl = (pathname: string) => `chrome-extension://${extensionId}/${pathname.replace(/^\//, '')}`;

    const extensionPage = async (): Promise<Page> => {
      if (evalPage && !evalPage.isClosed()) return evalPage;
      evalPage = await context.newPage();
      // Any page of ours has chrome.*; the library only lists clips, so it disturbs nothing.
      await evalPage.goto(extensionUrl('/library.html'));
      return evalPage;
    };

    // Opened now, not lazily: a tab opened right after a toolbar press would become the active
    // tab the popup clips. The initial blank tab goes, so tab URLs stay distinct.
    await extensionPage();
    for (const page of context.pages()) if (page !== evalPage && page.url() === 'about:blank') await page.close();

    return {
      context,
      extensionId,
      userDataDir,
      extensionUrl,
      async pressAction(page: Page, pressOptions = {}) {
        cdp ??= await context.browser()!.newBrowserCDPSession();
        // Activating the tab waits for its renderer; a test keeping the page busy skips it.
        if (pressOptions.bringToFront !== false) await page.bringToFront();
        const tab = await tabTargetOf(page);
        const pressedAt = Date.now();
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab });
        return pressedAt;
      },
      extensionPage,
      async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
        const page = await extensionPage();
        // Playwright's Unboxed<A> typing cannot follow a generic A; the call itself is plain.
        return page.evaluate(fn as unknown as (arg: unknown) => Promise<R>, arg as unknown);
      },
      async close(closeOptions = {}) {
        await context.close().catch(() => undefined);
        if (ownProfile && !closeOptions.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context.close().catch(() => undefined);
    if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}
