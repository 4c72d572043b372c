/**
 * npm run demo -- [PAGE] [--headed]
 *
 * The extension's main job, end to end: builds if needed, starts Chromium with the extension,
 * opens PAGE (a file path or a URL; a bundled sample news page when none is given; local files
 * are served on 127.0.0.1), presses the toolbar button, saves through the popup, and prints
 * the saved clip as Markdown on stdout. Progress goes to stderr.
 *
 * `npm start` is the same with --headed: a visible browser where a display exists, left open
 * on the saved clip until you close it or press Ctrl+C.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clipToMarkdown } from '../utils/markdown/index';
import type { Clip } from '../utils/clip';
import { ensureBuild } from './lib/build';
import { ROOT, launchWithExtension } from './lib/chromium';
import { clipThroughToolbar } from './lib/clip-flow';
import { loadHtml } from './lib/dom';
import { startStaticServer, type StaticServer } from './lib/static-server';

const DEFAULT_PAGE = path.join(ROOT, 'tests/fixtures/samples/harbour-tram-line.html');

const log = (line: string) => process.stderr.write(`[demo] ${line}\n`);

function usage(): never {
  process.stderr.write('Usage: npm run demo -- [PAGE] [--headed]\n  PAGE: a file path or an http(s)/file URL (default: a bundled sample news page)\n');
  process.exit(2);
}

/** Markdown through the export code, given a jsdom window to parse with (Node has no DOM). */
export function toMarkdown(clip: Clip): string {
  const dom = loadHtml('<!doctype html><html><body></body></html>', clip.url);
  try {
    const markdown = clipToMarkdown(clip, { window: dom.window } as Parameters<typeof clipToMarkdown>[1]);
    return markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  } finally {
    dom.close();
  }
}

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** A URL Chromium can open: http(s) as is; local files served over 127.0.0.1 (file:// needs a user setting). */
async function resolvePage(arg: string): Promise<{ url: string; server: StaticServer | null }> {
  if (/^https?:\/\//i.test(arg)) return { url: arg, server: null };
  const file = path.resolve(/^file:/i.test(arg) ? fileURLToPath(arg) : arg);
  if (!existsSync(file) || !statSync(file).isFile()) {
    log(`No such file: ${file}`);
    usage();
  }
  const server = await startStaticServer(path.dirname(file));
  return { url: server.url(encodeURIComponent(path.basename(file))), server };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) usage();
  let headed = args.includes('--headed');
  const pageArg = args.find((a) => !a.startsWith('--')) ?? DEFAULT_PAGE;
  if (headed && !hasDisplay()) {
    log('No display found ($DISPLAY and $WAYLAND_DISPLAY are not set), so the browser runs headless instead:');
    log('the clip below was made exactly as in a visible browser, but there is no window to look at.');
    headed = false;
  }

  ensureBuild(log);
  const { url, server } = await resolvePage(pageArg);
  log(`Starting Chromium${headed ? '' : ' (headless)'} with the extension…`);
  const ext = await launchWithExtension({ headless: !headed });
  let keepOpen = false;
  try {
    const page = await ext.context.newPage();
    log(`Opening ${url}`);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    log('Pressing the News Clipper toolbar button…');
    const outcome = await clipThroughToolbar(ext, page);
    const { draft, clip } = outcome;
    if (!clip) {
      log(`Not clipped: ${draft.error?.message ?? draft.status}${draft.error?.detail ? ` (${draft.error.detail})` : ''}`);
      return 1;
    }
    const t = draft.timings;
    log(
      `Saved "${clip.title}" (${clip.wordCount} words${clip.published ? `, published ${clip.published}` : ''}): ` +
        `extraction ${t.extractMs?.toFixed(0)} ms in the page, toolbar press to preview ${(t.shownAt ?? t.readyAt!) - outcome.pressedAt} ms.`,
    );
    process.stdout.write(toMarkdown(clip));
    if (headed) {
      keepOpen = true;
      const library = await ext.context.newPage();
      await library.goto(ext.extensionUrl('/library.html'));
      await outcome.popup.bringToFront();
      log('The browser stays open with the popup and the library. Close it or press Ctrl+C to end.');
      await new Promise<void>((resolve) => {
        ext.context.on('close', () => resolve());
        process.once('SIGINT', () => resolve());
      });
    }
    return 0;
  } finally {
    if (keepOpen) log('Closing the browser.');
    await ext.close();
    await server?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
