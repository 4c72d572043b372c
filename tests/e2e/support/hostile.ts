/**
 * Helpers for the hardening specs (hostile pages, XSS, storage faults): a server for
 * tests/fixtures/hostile with the responses a static file cannot give (a charset header, a
 * cross-origin frame, a 9 MB page, a page that never finishes loading), and a way to stop the
 * extension's service worker the way the browser does when it goes idle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtensionBrowser } from '../../../scripts/lib/chromium';
import { ROOT } from '../../../scripts/lib/chromium';
import { startStaticServer, type RouteHandler, type StaticServer } from '../../../scripts/lib/static-server';
import { test as base } from '../fixtures';

export const HOSTILE_DIR = path.join(ROOT, 'tests/fixtures/hostile');

/** Paragraphs of the 9 MB page's article, so that a selection of it can be clipped. */
export const HUGE_LEAD = 'The archive of every council notice since 1950 is now online';

let hugeCache: string | null = null;

/**
 * A 9+ MB page with ~190,000 elements (reliability.md P9): a short article, then a very long
 * archive list. Built once per process.
 */
export function hugePage(): string {
  if (hugeCache) return hugeCache;
  const rows: string[] = [];
  for (let i = 0; i < 63_000; i++) {
    rows.push(`<li class="notice"><span class="n">Notice ${i} of the harbour and streets committee, filed in the archive</span> <a href="/notices/${i}">open notice ${i}</a></li>\n`);
  }
  hugeCache =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council archive goes online | Valley Post</title></head><body>` +
    `<article id="story"><h1>Council archive goes online</h1><p id="lead">${HUGE_LEAD}, the town clerk said on Monday, after three years of scanning.</p>` +
    `<p>Residents can search the notices by street, by year and by the name of the committee that issued them.</p></article>` +
    `<ul id="archive">${rows.join('')}</ul></body></html>`;
  return hugeCache;
}

const sendHtml = (body: string | Buffer, type = 'text/html; charset=utf-8'): RouteHandler => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
};

/** The frame page, with its embed on the same server seen from another origin (`localhost`). */
const crossOriginFramePage: RouteHandler = (req, res) => {
  const port = (req.headers.host ?? '').split(':')[1] ?? '80';
  const html = readFileSync(path.join(HOSTILE_DIR, 'frame-page.html'), 'utf8').replace('__CROSS_ORIGIN__', `http://localhost:${port}`);
  sendHtml(html)(req, res);
};

/** An article whose HTML never finishes arriving (the document stays "loading"). */
const stalledPage: RouteHandler = (_req, res) => {
  const html = readFileSync(path.join(HOSTILE_DIR, 'poisoned-builtins.html'), 'utf8');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write(html.slice(0, html.indexOf('</article>')));
};

export function startHostileServer(): Promise<StaticServer> {
  return startStaticServer(HOSTILE_DIR, {
    // Shift_JIS bytes with no <meta charset>: only the header says how to decode them (P18).
    '/shift-jis.html': sendHtml(readFileSync(path.join(HOSTILE_DIR, 'shift-jis.html')), 'text/html; charset=Shift_JIS'),
    '/frame-page.html': crossOriginFramePage,
    '/huge.html': (req, res) => sendHtml(hugePage())(req, res),
    '/stalled.html': stalledPage,
  });
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle (reliability.md D8): the
 * next message or event starts a fresh one with empty memory. Resolves once it is gone.
 */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  try {
    const workers = async () =>
      ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`),
      );
    // A pending event can wake a fresh worker right after the close: close whatever is running
    // on every pass until none is left.
    const deadline = Date.now() + 15_000;
    for (let running = await workers(); running.length > 0; running = await workers()) {
      if (Date.now() > deadline) throw new Error('The service worker did not stop.');
      for (const sw of running) await cdp.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Whether the extension's service worker is running now. */
export async function serviceWorkerRunning(ext: ExtensionBrowser): Promise<boolean> {
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The e2e fixtures plus `hostile`: the server of hostile pages, one per worker. */
export const hostileTest = base.extend<object, { hostile: StaticServer }>({
  hostile: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const server = await startHostileServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});
