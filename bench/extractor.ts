// Extractor throughput on one core: MB/s over the fixture articles repeated to a few MB, and peak
// memory. It measures the extractor as it ships: bundled by esbuild with the Lambda's options
// (tsx's on-the-fly transform adds a few per-call helpers the bundle does not have).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as Extractor from '../functions/extractor/index.js';
import { ESBUILD_OPTIONS } from '../infra/bundling.js';

const bundle = join(mkdtempSync(join(tmpdir(), 'claimgraph-extractor-')), 'extractor.cjs');
buildSync({ ...ESBUILD_OPTIONS, entryPoints: ['functions/extractor/index.ts'], outfile: bundle });
const { extractClaims } = createRequire(import.meta.url)(bundle) as typeof Extractor;
const ROUNDS = 5;

const FIXTURES = 'test/fixtures/articles';
const names = readdirSync(FIXTURES).filter((f) => /\.(?:txt|md)$/.test(f));
const articles = names.map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
const corpusBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
const TARGET_BYTES = 8 * 1024 * 1024;

// Warm up the regular expressions and the JIT before measuring.
for (let i = 0; i < 50; i++) for (const article of articles) extractClaims(article, { published: '2024-10-25' });

// Several rounds, each over the fixtures repeated to a few MB: the median is the figure.
let bytes = 0;
let claims = 0;
let peakRss = process.memoryUsage().rss;
const rounds: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let roundBytes = 0;
  const started = process.hrtime.bigint();
  while (roundBytes < TARGET_BYTES / ROUNDS) {
    for (const article of articles) {
      claims += extractClaims(article, { published: '2024-10-25' }).claims.length;
      roundBytes += Buffer.byteLength(article);
    }
  }
  rounds.push(roundBytes / 1024 / 1024 / (Number(process.hrtime.bigint() - started) / 1e9));
  bytes += roundBytes;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
rounds.sort((a, b) => a - b);

// One large article at once: the memory a 5 MB upload costs.
const large = articles.join('\n\n').repeat(Math.ceil((5 * 1024 * 1024) / corpusBytes));
const heapBefore = process.memoryUsage().heapUsed;
const largeStarted = process.hrtime.bigint();
const largeClaims = extractClaims(large, { published: '2024-10-25' }).claims.length;
const largeSeconds = Number(process.hrtime.bigint() - largeStarted) / 1e9;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

// Each article alone: figure-dense updates read slower than prose.
const perArticle = names.map((name, i) => {
  const article = articles[i]!;
  const runs = Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(article));
  const started = process.hrtime.bigint();
  let found = 0;
  for (let run = 0; run < runs; run++) found = extractClaims(article, { published: '2024-10-25' }).claims.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { name, found, mbPerSecond: (runs * Buffer.byteLength(article)) / 1024 / 1024 / seconds };
});

/**
 * Instructions, which unlike seconds do not drift with the VM: valgrind's callgrind counting a
 * fresh Node process that runs the bundle over the fixtures. Two runs of different lengths, so
 * their difference is the extraction alone, without Node's startup and the compilation of the
 * regular expressions. `--single-threaded` keeps V8 from compiling in the background, which made
 * counts vary by 10 %.
 */
function instructionsPerMb(): string {
  if (spawnSync('valgrind', ['--version']).status !== 0) return 'valgrind is not installed';
  const directory = mkdtempSync(join(tmpdir(), 'claimgraph-callgrind-'));
  const count = (rounds: number): number => {
    const loop = join(directory, `loop-${rounds}.cjs`);
    writeFileSync(
      loop,
      `const { extractClaims } = require(${JSON.stringify(bundle)});
const articles = ${JSON.stringify(articles)};
for (let i = 0; i < ${rounds}; i++) for (const a of articles) extractClaims(a, { published: '2024-10-25' });`,
    );
    const run = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${loop}.out`, process.execPath, '--single-threaded', loop], { encoding: 'utf8' });
    return Number(/Collected\s*:\s*(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  };
  const [short, long] = [count(200), count(600)];
  const megabytes = (400 * corpusBytes) / 1024 / 1024;
  return Number.isFinite(long - short) ? `${((long - short) / 1e9 / megabytes).toFixed(2)} G per MB (${(short / 1e9).toFixed(2)} G for 200 rounds, ${(long / 1e9).toFixed(2)} G for 600)` : 'callgrind gave no count';
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| fixture articles | ${articles.length} (${(corpusBytes / 1024).toFixed(1)} KB) |`);
console.log(`| throughput, the fixture articles in turn | ${rounds[Math.floor(ROUNDS / 2)]!.toFixed(2)} MB/s median of ${ROUNDS} rounds (${rounds[0]!.toFixed(2)}–${rounds[ROUNDS - 1]!.toFixed(2)}; ${mb(bytes)} MB, ${claims} claims) |`);
console.log(`| one ${mb(large.length)} MB article | ${(large.length / 1024 / 1024 / largeSeconds).toFixed(2)} MB/s (${largeClaims} claims) |`);
console.log(`| heap growth on the large article | ${mb(heapGrowth)} MB |`);
console.log(`| peak RSS | ${mb(peakRss)} MB |`);
for (const { name, found, mbPerSecond } of perArticle) {
  console.log(`| ${name} alone (${found} claims) | ${mbPerSecond.toFixed(2)} MB/s |`);
}
console.log(`| instructions (callgrind) | ${instructionsPerMb()} |`);
