// Lambda bundles: size and cold `require` time of each handler, built with the CDK app's own
// esbuild options, beside a naive bundle (no minification, every dependency inside).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import { buildHandler } from '../infra/bundling.js';

const HANDLERS = { ingest: 'functions/ingest/handler.ts', api: 'functions/api/handler.ts', reconcile: 'functions/reconcile/handler.ts' };
const RUNS = 25;
const out = mkdtempSync(join(tmpdir(), 'claimgraph-bundles-'));

const naive: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' };

/**
 * One fresh Node process that requires the bundle and times it from inside: the wall time, and
 * the CPU time the process spent (all its threads). CPU time hardly moves when other processes
 * share the machine, so the ratio is taken from it; wall time is what a cold start waits.
 */
function requireTimes(file: string): { wall: number; cpu: number } {
  const code = `const c = process.cpuUsage(); const s = performance.now(); require(${JSON.stringify(file)});
    const w = performance.now() - s; const u = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall: w, cpu: (u.user + u.system) / 1000 }));`;
  // From an empty directory, so a bundle finds nothing outside itself, as in Lambda.
  const run = spawnSync(process.execPath, ['-e', code], { cwd: out, encoding: 'utf8', env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'us-east-1' } });
  if (run.status !== 0) throw new Error(`requiring ${file} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(`| handler | bundle | size | cold require, wall (median of ${RUNS}) | cold require, CPU | shipped ÷ naive (CPU) |`);
console.log('|---|---|---|---|---|---|');
for (const [name, entry] of Object.entries(HANDLERS)) {
  const files = { shipped: join(out, `${name}-shipped.cjs`), naive: join(out, `${name}-naive.cjs`) };
  buildHandler(entry, files.shipped);
  buildSync({ ...naive, entryPoints: [entry], outfile: files.naive });
  // Interleaved, so a slower moment of the machine weighs on both bundles alike.
  const runs = { shipped: [] as Array<{ wall: number; cpu: number }>, naive: [] as Array<{ wall: number; cpu: number }> };
  for (let i = 0; i < RUNS; i++) {
    runs.shipped.push(requireTimes(files.shipped));
    runs.naive.push(requireTimes(files.naive));
  }
  const of = (kind: 'shipped' | 'naive') => ({ wall: median(runs[kind].map((r) => r.wall)), cpu: median(runs[kind].map((r) => r.cpu)) });
  const [s, n] = [of('shipped'), of('naive')];
  const size = (file: string) => `${(statSync(file).size / 1024).toFixed(0)} KB`;
  console.log(`| ${name} | shipped (minified) | ${size(files.shipped)} | ${s.wall.toFixed(0)} ms | ${s.cpu.toFixed(0)} ms | ${(s.cpu / n.cpu).toFixed(2)} |`);
  console.log(`| ${name} | naive (everything, unminified) | ${size(files.naive)} | ${n.wall.toFixed(0)} ms | ${n.cpu.toFixed(0)} ms | |`);
}
