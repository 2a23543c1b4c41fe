// Lambda bundles: size and cold `require` time of each handler, built with the CDK app's own
// esbuild options, beside a naive bundle (no minification, every dependency inside).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import { ESBUILD_OPTIONS } from '../infra/bundling.js';

const HANDLERS = { ingest: 'functions/ingest/handler.ts', api: 'functions/api/handler.ts' };
const RUNS = 15;
const out = mkdtempSync(join(tmpdir(), 'claimgraph-bundles-'));

const shipped: BuildOptions = ESBUILD_OPTIONS;
const naive: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' };

/** Median wall time of a fresh Node process that only requires the bundle, minus an empty process. */
function coldRequireMs(file: string): number {
  const time = (code: string) => {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = process.hrtime.bigint();
      // NODE_PATH stands in for the SDK the Lambda runtime provides to the shipped bundle.
      const run = spawnSync(process.execPath, ['-e', code], {
        env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules'), TABLE_NAME: 'bench', AWS_REGION: 'us-east-1' },
      });
      if (run.status !== 0) throw new Error(`${code} failed: ${run.stderr}`);
      runs.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  };
  return time(`require(${JSON.stringify(file)})`) - time('0');
}

console.log('| handler | bundle | size | cold require (median of 15) |');
console.log('|---|---|---|---|');
for (const [name, entry] of Object.entries(HANDLERS)) {
  for (const [kind, options] of [['shipped (minified, AWS SDK from the runtime)', shipped], ['naive (everything, unminified)', naive]] as const) {
    const file = join(out, `${name}-${kind.split(' ')[0]}.cjs`);
    buildSync({ ...options, entryPoints: [entry], outfile: file });
    console.log(`| ${name} | ${kind} | ${(statSync(file).size / 1024).toFixed(0)} KB | ${coldRequireMs(file).toFixed(0)} ms |`);
  }
}
