/**
 * `npm run eval -- DIR [DIR…] [--limit N] [--filter S] [--details] [--no-baseline] [--with-url] [--json]`
 *
 * Scores the extractor on a corpus folder, with plain Readability beside it in the same run.
 * The folder's format is detected: Readability test pages, Zyte AEB (ground-truth.json),
 * htmldate (dates.json), trafilatura (evaldata.json), or fixture pages (NAME.expected.json).
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evalAeb } from './eval/datasets/aeb';
import type { EvalOptions } from './eval/datasets/common';
import { evalDates } from './eval/datasets/dates';
import { evalFixtures, isFixtureDir } from './eval/datasets/fixtures';
import { evalReadability, isReadabilityCorpus } from './eval/datasets/readability';
import { evalTrafilatura } from './eval/datasets/trafilatura';
import type { EvalOutput } from './eval/report';

function parseArgs(argv: string[]): { dirs: string[]; opts: EvalOptions; json: boolean } {
  const opts: EvalOptions = { limit: null, filter: null, baseline: true, details: false, withUrl: false };
  const dirs: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--filter') opts.filter = argv[++i] ?? null;
    else if (a === '--details') opts.details = true;
    else if (a === '--no-baseline') opts.baseline = false;
    else if (a === '--with-url') opts.withUrl = true;
    else if (a === '--json') json = true;
    else if (a.startsWith('--')) throw new Error(`Unknown option ${a}`);
    else dirs.push(a);
  }
  return { dirs, opts, json };
}

export async function evalDir(dir: string, opts: EvalOptions): Promise<EvalOutput> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`Not a folder: ${dir}`);
  if (existsSync(join(dir, 'ground-truth.json'))) return evalAeb(dir, opts);
  if (existsSync(join(dir, 'dates.json'))) return evalDates(dir, opts);
  if (existsSync(join(dir, 'evaldata.json'))) return evalTrafilatura(dir, opts);
  if (isFixtureDir(dir)) return evalFixtures(dir, opts);
  if (isReadabilityCorpus(dir)) return evalReadability(dir, opts);
  throw new Error(`Don't know the format of ${dir}: expected ground-truth.json, dates.json, evaldata.json, NAME.expected.json files, or Readability test-page folders.`);
}

async function main(): Promise<void> {
  const { dirs, opts, json } = parseArgs(process.argv.slice(2));
  if (dirs.length === 0) {
    console.error('usage: npm run eval -- DIR [DIR…] [--limit N] [--filter S] [--details] [--no-baseline] [--with-url] [--json]');
    process.exit(2);
  }
  const results: EvalOutput[] = [];
  for (const d of dirs) {
    const out = await evalDir(resolve(d), opts);
    results.push(out);
    if (!json) console.log(out.lines.join('\n') + '\n');
  }
  if (json) console.log(JSON.stringify(results.map((r) => ({ dataset: r.dataset, ...r.metrics }))));
}

await main();
