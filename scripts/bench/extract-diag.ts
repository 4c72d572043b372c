/**
 * Diagnostics behind the Node extraction benchmark (extract.ts): where our extractor's time and
 * allocations go, on the aeb-dev pages. Not a benchmark: profiling inflates small functions,
 * so compare runs of the same mode only. Needs ../shared/corpus/aeb-dev.
 *
 *   npx tsx scripts/bench/extract-diag.ts cpu [N]      CPU profile of extractClip over N pages (default 60):
 *                                                      time by top-level pass, then by nearest utils/ or
 *                                                      Readability frame ("(garbage collector)" included)
 *   npx tsx scripts/bench/extract-diag.ts cpu-read [N] the same for plain Readability (clone + parse)
 *   npx tsx scripts/bench/extract-diag.ts alloc [N]    sampled allocations (MB per page, collected objects
 *                                                      included) by top-level pass of extractClip
 *   npx tsx scripts/bench/extract-diag.ts pages        per page: elements, ours and Readability (median
 *                                                      of 3, alternating), ratio, difference
 *
 * What these showed (session 3): jsdom leaks every cloned document (its window's named-property
 * tracker keeps each element with an id or name, jsdom/lib/jsdom/living/window-properties.js), so
 * the heap grows over a run and scavenges cost 6-20 ms each: every MB allocated costs roughly
 * 0.6-1 ms. A whole-document walk costs about 1 ms per page (TreeWalker cheapest; jsdom's
 * firstElementChild/nextElementSibling build an iterator per call).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Session } from 'node:inspector/promises';
import { Readability } from '@mozilla/readability';
import { extractClip } from '../../utils/extract/extract-clip';
import { loadBytes } from '../lib/dom';
import { median } from './types';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface CpuNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

const AEB = resolve(import.meta.dirname, '../../../shared/corpus/aeb-dev');
const mode = process.argv[2] ?? 'cpu';
const limit = Number(process.argv[3] ?? 60);

function loadPages(n: number): { url: string; doc: Document }[] {
  const truth = JSON.parse(readFileSync(join(AEB, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const ids = Object.keys(truth).sort().filter((id) => existsSync(join(AEB, 'html', `${id}.html.gz`))).slice(0, n);
  return ids.map((id) => ({ url: truth[id]!.url, doc: loadBytes(new Uint8Array(gunzipSync(readFileSync(join(AEB, 'html', `${id}.html.gz`)))), truth[id]!.url).document }));
}

const ours = (p: { url: string; doc: Document }) => extractClip(p.doc, p.url);
const plain = (p: { url: string; doc: Document }) => new Readability(p.doc.cloneNode(true) as Document).parse();

function timed(f: () => unknown): number {
  const t = performance.now();
  try {
    f();
  } catch {
    // A refusal still costs its time.
  }
  return performance.now() - t;
}

const frameName = (c: CallFrame) => `${c.functionName || '(anon)'} ${c.url.replace(/.*\/(node_modules|main)\//, '')}:${c.lineNumber}`;
const isOurs = (c: CallFrame) => c.url.includes('/utils/');

function print(title: string, m: Map<string, number>, per: number, rows = 30): void {
  console.log(`--- ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log((v / per).toFixed(2).padStart(8), k);
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

async function cpu(read: boolean): Promise<void> {
  const pages = loadPages(limit);
  const run = () => pages.forEach((p) => timed(() => (read ? plain(p) : ours(p))));
  run();
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 200 });
  await s.post('Profiler.start');
  const rounds = 2;
  for (let i = 0; i < rounds; i++) run();
  const { profile } = (await s.post('Profiler.stop')) as unknown as { profile: { nodes: CpuNode[]; samples: number[]; timeDeltas: number[] } };
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const pass = new Map<string, number>();
  const nearest = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const d = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: CallFrame[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) chain.push(byId.get(id)!.callFrame);
    const gc = chain[0]!.functionName === '(garbage collector)';
    const top = chain.findIndex((c) => c.functionName === 'extractClip');
    add(pass, gc ? '(garbage collector)' : top > 0 ? frameName(chain[top - 1]!) : top === 0 ? 'extractClip' : 'other', d);
    const near = chain.find((c) => isOurs(c) || c.url.includes('Readability.js'));
    add(nearest, gc ? '(garbage collector)' : near ? frameName(near) : 'other', d);
  }
  const per = rounds * pages.length;
  if (!read) print('ms per page, by top-level pass of extractClip', pass, per);
  print('ms per page, by nearest utils/ or Readability frame', nearest, per, 40);
}

async function alloc(): Promise<void> {
  const pages = loadPages(limit);
  const run = () => pages.forEach((p) => timed(() => ours(p)));
  run();
  const s = new Session();
  s.connect();
  await s.post('HeapProfiler.enable');
  await s.post('HeapProfiler.startSampling', { samplingInterval: 2048, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  run();
  const { profile } = (await s.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } };
  const pass = new Map<string, number>();
  const nearest = new Map<string, number>();
  let total = 0;
  const walk = (n: HeapNode, stack: CallFrame[]): void => {
    const st = [...stack, n.callFrame];
    total += n.selfSize;
    if (n.selfSize) {
      const top = st.findIndex((c) => c.functionName === 'extractClip');
      if (top >= 0) add(pass, st[top + 1] ? frameName(st[top + 1]!) : 'extractClip', n.selfSize);
      const near = [...st].reverse().find(isOurs);
      if (near && top >= 0 && !/readBody|cloneNode/.test(st[top + 1]?.functionName ?? '')) add(nearest, frameName(near), n.selfSize);
    }
    for (const c of n.children) walk(c, st);
  };
  walk(profile.head, []);
  const per = 1e6 * pages.length;
  console.log(`total ${(total / per).toFixed(2)} MB per page`);
  print('MB per page, by top-level pass of extractClip', pass, per);
  print('MB per page in our passes, by nearest utils/ frame', nearest, per, 40);
}

function pages(): void {
  const list = loadPages(1000);
  for (const p of list) {
    timed(() => ours(p));
    timed(() => plain(p));
  }
  const rows = list.map((p, i) => {
    const o: number[] = [];
    const r: number[] = [];
    for (let k = 0; k < 3; k++) {
      // Alternating which runs first, as the benchmark does.
      const first = (i + k) % 2 ? ours : plain;
      const second = first === ours ? plain : ours;
      const a = timed(() => first(p));
      const b = timed(() => second(p));
      o.push(first === ours ? a : b);
      r.push(first === ours ? b : a);
    }
    return { url: p.url, n: p.doc.getElementsByTagName('*').length, o: median(o), r: median(r) };
  });
  rows.sort((a, b) => a.n - b.n);
  for (const x of rows) console.log(String(x.n).padStart(6), x.o.toFixed(1).padStart(7), x.r.toFixed(1).padStart(7), (x.o / x.r).toFixed(2), (x.o - x.r).toFixed(1).padStart(6), x.url);
  const mo = median(rows.map((x) => x.o));
  const mr = median(rows.map((x) => x.r));
  console.log(`median ours ${mo.toFixed(1)} ms, Readability ${mr.toFixed(1)} ms, ratio ${(mo / mr).toFixed(3)}`);
}

if (!existsSync(join(AEB, 'ground-truth.json'))) throw new Error(`No corpus at ${AEB}`);
if (mode === 'cpu' || mode === 'cpu-read') await cpu(mode === 'cpu-read');
else if (mode === 'alloc') await alloc();
else if (mode === 'pages') pages();
else throw new Error(`Unknown mode ${mode}: cpu, cpu-read, alloc or pages`);
