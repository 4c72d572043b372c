/**
 * npx tsx scripts/generate-library.ts [--count 10000] [--seed 1] [--batch 250]
 *                                     [--profile DIR] [--backup FILE.json] [--no-build]
 *
 * Fills a library with realistic clips built from the project's fixture pages (see
 * scripts/lib/library-data.ts):
 *   --profile DIR   launches Chromium with the built extension on that profile (created if
 *                   missing) and stores the clips in the extension's storage through its own
 *                   storage transaction; open it later with the same profile to use them
 *   --backup FILE   writes the clips as a backup file (utils/export/backup.ts) that the
 *                   library's "Restore…" button reads
 * Same count and seed → the same clips. Progress goes to stderr; the last stdout line is JSON.
 * --no-build uses .output/chrome-mv3 as it is (for callers already holding /tmp/build.lock,
 * where building again would wait on that same lock).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeBackup } from '../utils/export/backup';
import { ensureBuild } from './lib/build';
import { launchWithExtension } from './lib/chromium';
import { GENERATOR_VERSION, fixtureBases, generateClips, seedExtension } from './lib/library-data';

const args = process.argv.slice(2);
const value = (name: string): string | null => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const count = Number(value('count') ?? 10_000);
const seed = Number(value('seed') ?? 1);
const batch = Number(value('batch') ?? 250);
const profile = value('profile');
const backup = value('backup');
const log = (line: string) => process.stderr.write(`[generate-library] ${line}\n`);

if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !Number.isInteger(batch) || batch < 1) {
  throw new Error('--count, --seed and --batch take positive whole numbers');
}
if (!profile && !backup) {
  process.stderr.write('Say where the clips go: --profile DIR (a Chromium profile with the extension) and/or --backup FILE.json\n');
  process.exit(2);
}

const started = Date.now();
const bases = fixtureBases();
log(`${bases.length} fixture pages extracted as articles`);
const clips = generateClips(count, { seed, bases });
const bytes = clips.reduce((n, c) => n + JSON.stringify(c).length, 0);
log(`${clips.length} clips generated (${(bytes / 1e6).toFixed(1)} MB of JSON)`);

if (backup) {
  mkdirSync(path.dirname(path.resolve(backup)), { recursive: true });
  writeFileSync(backup, serializeBackup(clips, new Date('2026-11-01T00:00:00Z')));
  log(`backup written to ${backup}`);
}

let seedMs: number | null = null;
if (profile) {
  if (!args.includes('--no-build')) ensureBuild(log);
  mkdirSync(profile, { recursive: true });
  const ext = await launchWithExtension({ userDataDir: path.resolve(profile) });
  try {
    const t = Date.now();
    await seedExtension(ext, clips, { batch, log });
    seedMs = Date.now() - t;
  } finally {
    await ext.close({ keepProfile: true });
  }
  log(`stored in the extension's storage in ${profile}`);
}

process.stdout.write(`${JSON.stringify({ generator: GENERATOR_VERSION, count: clips.length, seed, bases: bases.length, json_bytes: bytes, seed_ms: seedMs, total_ms: Date.now() - started })}\n`);
