/**
 * `npm run clip -- FILE.html [--url URL] [--format json|md]` prints one clip;
 * `npm run clip -- --manifest LIST.jsonl` prints one JSON line per page. See scripts/clip/args.ts.
 */
import { readFileSync } from 'node:fs';
import type { ExtractedClip } from '../utils/clip';
import { parseArgs, USAGE, UsageError, type ClipArgs } from './clip/args';
import type { PageResult } from './clip/page';

// The extractor, jsdom and the Markdown converter load only once the arguments are valid, so a
// usage error answers at once.
const loadPage = () => import('./clip/page');
const loadMarkdown = async (): Promise<(clip: ExtractedClip) => string> => (await import('../utils/markdown/index')).clipToMarkdown;

function write(s: string): Promise<void> {
  return new Promise((done) => {
    if (process.stdout.write(s)) done();
    else process.stdout.once('drain', () => done());
  });
}

function line(file: string, r: PageResult, toMarkdown: ((clip: ExtractedClip) => string) | null): string {
  if (!r.ok) return JSON.stringify({ file, ok: false, error: r.error });
  const out: Record<string, unknown> = { file, ok: true, clip: r.clip };
  if (toMarkdown) out['markdown'] = toMarkdown(r.clip);
  return JSON.stringify(out);
}

async function runManifest(args: ClipArgs & { manifest: string }): Promise<number> {
  let text: string;
  try {
    text = readFileSync(args.manifest, 'utf8');
  } catch (e) {
    console.error(`Cannot read the manifest ${args.manifest}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const { clipEntry, parseManifest } = await import('./clip/manifest');
  const toMarkdown = args.format === 'md' ? await loadMarkdown() : null;
  let failed = 0;
  for (const entry of parseManifest(text, args.manifest)) {
    const r = clipEntry(entry, { now: args.now, maxBytes: args.maxBytes });
    if (!r.ok) failed++;
    await write(`${line(entry.file, r, toMarkdown)}\n`);
    // Let jsdom release the closed window before the next page (it holds megabytes).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return failed > 0 ? 1 : 0;
}

async function runFile(args: ClipArgs & { file: string }): Promise<number> {
  const { clipPage } = await loadPage();
  const r = clipPage(args.file, { url: args.url, now: args.now, maxBytes: args.maxBytes });
  if (!r.ok) {
    console.error(`clip: ${r.error.code}: ${r.error.message}`);
    return 1;
  }
  await write(args.format === 'md' ? (await loadMarkdown())(r.clip) : `${JSON.stringify(r.clip, null, 2)}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let args: ClipArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`clip: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.manifest) return runManifest({ ...args, manifest: args.manifest });
  return runFile({ ...args, file: args.file! });
}

process.exitCode = await main(process.argv.slice(2));
