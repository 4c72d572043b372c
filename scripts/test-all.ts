/**
 * `npm test`: every check, in order, each one run even when an earlier one failed (except the
 * steps that need a build that failed). Prints a table and ends with the line CI reads:
 * `N passed, N failed` (unit and e2e tests counted one by one, other steps as one check each).
 *
 * The build, the e2e tests and `web-ext lint` read and write .output/, so they run together
 * under `flock /tmp/build.lock` when flock exists (several people share one checkout here).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CACHE = path.join(ROOT, '.cache');
const UNIT_JSON = path.join(CACHE, 'unit-results.json');
const E2E_JSON = path.join(CACHE, 'e2e-results.json');
const BUILT_JSON = path.join(CACHE, 'built-steps.json');

interface StepResult {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
  note?: string;
}

function run(command: string, args: string[]): { ok: boolean; seconds: number } {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function banner(name: string): void {
  process.stdout.write(`\n━━━ ${name} ━━━\n`);
}

/** A step that is one check: passes when the command exits 0. */
function check(name: string, args: string[]): StepResult {
  banner(name);
  const { ok, seconds } = run('npm', ['run', '--silent', ...args]);
  return { name, ok, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function unitStep(): StepResult {
  banner('unit tests (vitest)');
  rmSync(UNIT_JSON, { force: true });
  const { ok, seconds } = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(UNIT_JSON);
  if (!report) return { name: 'unit tests', ok: false, passed: 0, failed: 1, seconds, note: 'no report' };
  // A failing file that never ran its tests (import error) has no failed tests: count the run.
  const failed = report.numFailedTests || (ok ? 0 : 1);
  return { name: 'unit tests', ok: ok && failed === 0, passed: report.numPassedTests, failed, seconds };
}

function e2eStep(): StepResult {
  banner('e2e tests (Playwright + Chromium)');
  rmSync(E2E_JSON, { force: true });
  const { ok, seconds } = run('npx', ['playwright', 'test']);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(E2E_JSON);
  if (!report) return { name: 'e2e tests', ok: false, passed: 0, failed: 1, seconds, note: 'no report' };
  const failed = report.stats.unexpected || (ok ? 0 : 1);
  const flaky = report.stats.flaky;
  const note = flaky > 0 ? `${flaky} passed only on retry (flaky): see the list above` : undefined;
  return { name: 'e2e tests', ok: ok && failed === 0, passed: report.stats.expected + flaky, failed, seconds, note };
}

/** Build, e2e, web-ext lint: run in a child holding the build lock; results come back in a file. */
function builtSteps(): StepResult[] {
  const steps: StepResult[] = [];
  const build = check('build (chrome + firefox)', ['build:all']);
  steps.push(build);
  if (!build.ok) {
    steps.push({ name: 'e2e tests', ok: false, passed: 0, failed: 1, seconds: 0, note: 'skipped: build failed' });
    steps.push({ name: 'web-ext lint', ok: false, passed: 0, failed: 1, seconds: 0, note: 'skipped: build failed' });
    return steps;
  }
  steps.push(e2eStep());
  steps.push(check('web-ext lint (firefox build)', ['lint:firefox']));
  return steps;
}

function hasFlock(): boolean {
  return spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
}

function lockedBuiltSteps(): StepResult[] {
  if (!hasFlock()) return builtSteps();
  rmSync(BUILT_JSON, { force: true });
  spawnSync('flock', ['/tmp/build.lock', 'npx', 'tsx', import.meta.filename, '--built-only'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  return (
    readJson<StepResult[]>(BUILT_JSON) ?? [{ name: 'build, e2e, web-ext lint', ok: false, passed: 0, failed: 1, seconds: 0, note: 'did not report' }]
  );
}

function main(): void {
  mkdirSync(CACHE, { recursive: true });
  if (process.argv.includes('--built-only')) {
    writeFileSync(BUILT_JSON, JSON.stringify(builtSteps()));
    return;
  }
  const started = Date.now();
  const steps: StepResult[] = [check('typecheck', ['typecheck']), check('lint', ['lint']), unitStep(), ...lockedBuiltSteps()];
  const passed = steps.reduce((n, s) => n + s.passed, 0);
  const failed = steps.reduce((n, s) => n + s.failed, 0);
  process.stdout.write('\n━━━ summary ━━━\n');
  for (const s of steps) {
    const counts = s.passed + s.failed > 1 ? ` (${s.passed} passed, ${s.failed} failed)` : '';
    process.stdout.write(`${s.ok ? 'PASS' : 'FAIL'}  ${s.name.padEnd(30)} ${s.seconds.toFixed(1).padStart(6)} s${counts}${s.note ? `  ${s.note}` : ''}\n`);
  }
  process.stdout.write(`total ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
