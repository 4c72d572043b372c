/**
 * Playwright fixtures for the e2e suite:
 *   ext      one Chromium with the built extension per worker (launching takes seconds)
 *   server   tests/fixtures/e2e served on 127.0.0.1
 *   clipper  per test: storage cleared, helpers (support/clipper.ts), its pages closed after
 * Tests that need their own browser (restart, file access) call `launchWithExtension` directly.
 */
import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { clearStorage } from '../../scripts/lib/clip-flow';
import { startStaticServer, type RouteHandler, type StaticServer } from '../../scripts/lib/static-server';
import { Clipper } from './support/clipper';

export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/e2e');

/**
 * An article whose HTML never finishes arriving: the document never reaches "idle", so an
 * injected script waits, and the tab can be closed mid-clip (the server ends it on shutdown).
 */
const stalledPage: RouteHandler = (_req, res) => {
  const html = readFileSync(path.join(FIXTURES_DIR, 'article.html'), 'utf8');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write(html.slice(0, html.indexOf('</article>')));
};

export const test = base.extend<{ clipper: Clipper }, { ext: ExtensionBrowser; server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const server = await startStaticServer(FIXTURES_DIR, { '/stalled.html': stalledPage });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const ext = await launchWithExtension();
      await use(ext);
      await ext.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  clipper: async ({ ext, server }, use) => {
    await clearStorage(ext);
    const clipper = new Clipper(ext, server);
    await use(clipper);
    await clipper.closeAll();
  },
});

export { expect } from '@playwright/test';
