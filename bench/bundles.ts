// Lambda bundles: size and cold `require` time of each handler, built with the CDK app's own
// esbuild options, beside a naive bundle (no minification, every dependency inside).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import { ESBUILD_OPTIONS } from '../infra/bundling.js';

const HANDLERS = { ingest: 'functions/ingest/handler.ts', api: 'functions/api/handler.ts' };
const RUNS = 25;
const out = mkdtempSync(join(tmpdir(), 'claimgraph-bundles-'));

const shipped: BuildOptions = ESBUILD_OPTIONS;
const naive: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' };

/** Wall time of one fresh Node process running `code`. */
function processMs(code: string): number {
  const started = process.hrtime.bigint();
  // From an empty directory, so a bundle finds nothing outside itself, as in Lambda.
  const run = spawnSync(process.execPath, ['-e', code], { cwd: out, env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'us-east-1' } });
  if (run.status !== 0) throw new Error(`${code} failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(`| handler | bundle | size | cold require (median of ${RUNS}) | shipped ÷ naive |`);
console.log('|---|---|---|---|---|');
for (const [name, entry] of Object.entries(HANDLERS)) {
  const files = { shipped: join(out, `${name}-shipped.cjs`), naive: join(out, `${name}-naive.cjs`) };
  buildSync({ ...shipped, entryPoints: [entry], outfile: files.shipped });
  buildSync({ ...naive, entryPoints: [entry], outfile: files.naive });
  // Interleaved, so a slower moment of the machine weighs on both bundles and the empty process alike.
  const runs = { shipped: [] as number[], naive: [] as number[], empty: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    runs.empty.push(processMs('0'));
    runs.shipped.push(processMs(`require(${JSON.stringify(files.shipped)})`));
    runs.naive.push(processMs(`require(${JSON.stringify(files.naive)})`));
  }
  const cold = { shipped: median(runs.shipped) - median(runs.empty), naive: median(runs.naive) - median(runs.empty) };
  const size = (file: string) => `${(statSync(file).size / 1024).toFixed(0)} KB`;
  console.log(`| ${name} | shipped (minified) | ${size(files.shipped)} | ${cold.shipped.toFixed(0)} ms | ${(cold.shipped / cold.naive).toFixed(2)} |`);
  console.log(`| ${name} | naive (everything, unminified) | ${size(files.naive)} | ${cold.naive.toFixed(0)} ms | |`);
}
