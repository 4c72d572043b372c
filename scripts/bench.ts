/**
 * npm run bench -- [--json] [--only id,id] [--skip id,id] [--runs N] [--list]
 *
 * Runs the sections listed in scripts/bench/sections.ts and prints their figures. With --json
 * the LAST line of stdout is one JSON object merging every section's figures (plus `skipped`,
 * naming any section that failed and why). Progress goes to stderr.
 */
import os from 'node:os';
import { SECTIONS } from './bench/sections';
import type { BenchContext, Figure } from './bench/types';

function listArg(args: string[], name: string): string[] | null {
  const i = args.indexOf(name);
  if (i < 0) return null;
  return (args[i + 1] ?? '').split(',').filter(Boolean);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const s of SECTIONS) process.stdout.write(`${s.id.padEnd(12)} ${s.title}\n`);
    return;
  }
  const json = args.includes('--json');
  const only = listArg(args, '--only');
  const skip = listArg(args, '--skip') ?? [];
  const runsIndex = args.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : null;
  if (runs !== null && !(Number.isInteger(runs) && runs > 0)) throw new Error('--runs takes a positive whole number');

  const figures: Record<string, Figure> = {};
  const skipped: Record<string, string> = {};
  for (const section of SECTIONS) {
    if ((only && !only.includes(section.id)) || skip.includes(section.id)) continue;
    const log = (line: string) => process.stderr.write(`[bench:${section.id}] ${line}\n`);
    const ctx: BenchContext = { args, runs, log };
    process.stdout.write(`\n== ${section.title} ==\n`);
    const started = Date.now();
    try {
      const mod = await section.load();
      const result = await mod.run(ctx);
      for (const line of result.lines) process.stdout.write(`${line}\n`);
      Object.assign(figures, result.figures);
      process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      skipped[section.id] = reason;
      process.stdout.write(`SKIPPED: ${reason}\n`);
    }
  }
  const [load1] = os.loadavg();
  process.stdout.write(`\nmachine: ${os.cpus().length} CPUs, load average ${load1!.toFixed(2)} (other work on the machine slows every figure)\n`);
  if (json) {
    const out: Record<string, unknown> = { ...figures, bench_cpus: os.cpus().length, bench_load_avg_1m: Math.round(load1! * 100) / 100 };
    if (Object.keys(skipped).length > 0) out.skipped = skipped;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
