import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const FIXTURES = join(ROOT, 'tests/fixtures/metadata');

/** Runs the CLI without blocking, so independent cases run side by side. */
function clipAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [TSX, join(ROOT, 'scripts/clip.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clip-cli-'));
  copyFileSync(join(FIXTURES, 'short-article.html'), join(dir, 'good.html'));
  copyFileSync(join(FIXTURES, 'rtl-article.html'), join(dir, 'rtl.html'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'doc.pdf.html'), '%PDF-1.7\n%âãÏÓ\n1 0 obj');
  writeFileSync(join(dir, 'big.html'), `<html><body>${'<p>word</p>'.repeat(3000)}</body></html>`);
  const manifest = [
    JSON.stringify({ file: 'good.html', url: 'https://www.gullpoint.example/local/2023/09/12/quay-road/' }),
    JSON.stringify({ file: 'missing.html', url: 'https://www.gullpoint.example/missing' }),
    '{ this is not json',
    JSON.stringify({ file: 'empty.html' }),
    JSON.stringify({ file: 'doc.pdf.html' }),
    JSON.stringify({ file: 'rtl.html', url: 'https://www.almina.example/news/library' }),
    JSON.stringify({ url: 'https://x.example/' }),
    JSON.stringify({ file: 'big.html' }),
  ].join('\n');
  writeFileSync(join(dir, 'list.jsonl'), `${manifest}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };
const runs: Record<string, Run> = {};

// Every case is one CLI start (tsx + jsdom): start them all at once rather than one after another.
beforeAll(async () => {
  const cases: Record<string, string[]> = {
    json: [join(dir, 'good.html'), '--url', 'https://www.gullpoint.example/local/2023/09/12/quay-road/'],
    md: [join(dir, 'good.html'), '--format', 'md'],
    manifest: ['--manifest', join(dir, 'list.jsonl'), '--max-bytes', '20000'],
    missing: [join(dir, 'nope.html')],
  };
  const results = await Promise.all(Object.values(cases).map(clipAsync));
  Object.keys(cases).forEach((k, i) => (runs[k] = results[i]!));
}, 300_000);

// Each case spawns the CLI (tsx + jsdom start-up): slow on a loaded machine.
describe('npm run clip', { timeout: 180_000 }, () => {
  it('prints one clip as JSON by default', () => {
    const r = runs['json']!;
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(c).toMatchObject({ title: 'Quay Road closed after water main burst', authors: ['Nora Penhale'], siteName: 'Gull Point Gazette', readerable: true });
    expect(c['url']).toBe('https://www.gullpoint.example/local/2023/09/12/quay-road/');
    expect(String(c['text'])).toContain('water main burst under the junction');
  });

  it('prints Markdown with --format md', () => {
    const r = runs['md']!;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Quay Road closed after water main burst');
    expect(r.stdout).toContain('water main burst under the junction');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('processes a manifest in order, one JSON line per page, bad pages in the middle included', () => {
    const r = runs['manifest']!;
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; clip?: { title: string; dir: string }; error?: { code: string; message: string } });
    expect(lines.map((l) => [l.file, l.ok, l.error?.code ?? null])).toEqual([
      ['good.html', true, null],
      ['missing.html', false, 'not-found'],
      ['', false, 'bad-manifest-line'],
      ['empty.html', false, 'not-html'],
      ['doc.pdf.html', false, 'not-html'],
      ['rtl.html', true, null],
      ['', false, 'bad-manifest-line'],
      ['big.html', false, 'too-large'],
    ]);
    expect(lines[0]!.clip!.title).toBe('Quay Road closed after water main burst');
    expect(lines[5]!.clip!.dir).toBe('rtl');
    expect(lines[1]!.error!.message).toContain('missing.html');
  });

  it('exits 1 with a clear message for a missing file', () => {
    const r = runs['missing']!;
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not-found: No such file/);
  });

  it('exits 2 with the usage text for bad arguments', async () => {
    const cases = [[], ['--format', 'pdf', 'x.html'], ['x.html', '--url', 'not a url'], ['a.html', 'b.html']];
    const [help, ...bad] = await Promise.all([clipAsync(['--help']), ...cases.map(clipAsync)]);
    for (const r of bad) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage:');
    }
    expect(help!.code).toBe(0);
    expect(help!.stdout).toContain('--manifest');
  });
});
