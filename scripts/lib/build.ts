/**
 * Builds the extension when the build is missing or older than its sources (Node only), for
 * the demo and the benchmark. Build output goes to stderr, so stdout stays clean for results.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './chromium';

const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'assets', 'wxt.config.ts', 'package.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** True when .output/<target>/manifest.json exists and is newer than every source file. */
export function buildIsFresh(target = 'chrome-mv3'): boolean {
  const manifest = path.join(ROOT, '.output', target, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(ROOT, s)) <= built);
}

/** Runs `wxt build` (for Chrome) unless the build is fresh; under the shared build lock when flock exists. */
export function ensureBuild(log: (line: string) => void, options: { force?: boolean } = {}): void {
  if (!options.force && buildIsFresh()) {
    log('Using the existing build in .output/chrome-mv3.');
    return;
  }
  log('Building the extension (wxt build)…');
  const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
  const [cmd, args] = hasFlock ? ['flock', ['/tmp/build.lock', 'npx', 'wxt', 'build']] : ['npx', ['wxt', 'build']];
  const result = spawnSync(cmd, args as string[], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('The build failed (see the output above).');
}
