// Extractor speed and memory: throughput on the fixture articles and, where `../shared/corpus` is
// checked out beside the repository, on those real articles, beside Microsoft Recognizers'
// `recognizeNumber` (numbers only, no claims) over the same text in the same process; the time of
// one 5 KB article; peak memory. It measures the extractor as it ships: bundled by esbuild with
// the Lambda's options (tsx's on-the-fly transform adds per-call helpers the bundle does not have).
// Throughput is text per second of this process's CPU time: on a shared machine wall time counts
// other processes' turns too (both are printed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as Extractor from '../functions/extractor/index.js';
import { ESBUILD_OPTIONS } from '../infra/bundling.js';

const bundle = join(mkdtempSync(join(tmpdir(), 'claimgraph-extractor-')), 'extractor.cjs');
buildSync({ ...ESBUILD_OPTIONS, entryPoints: ['functions/extractor/index.ts'], outfile: bundle });
const { extractClaims } = createRequire(import.meta.url)(bundle) as typeof Extractor;
const PUBLISHED = { published: '2024-10-25' };
const ROUNDS = 5;
const ROUND_BYTES = 1024 * 1024;
/** Recognizers reads about a tenth as fast: smaller rounds, the same measure. */
const THEIR_ROUND_BYTES = ROUND_BYTES / 8;
/** The real articles: `../shared/corpus` beside the checkout, or `--corpus=DIR`. */
const CORPUS = join(process.argv.find((arg) => arg.startsWith('--corpus='))?.slice('--corpus='.length) ?? '../shared/corpus', 'articles');

const readAll = (directory: string, pattern: RegExp) =>
  readdirSync(directory).filter((f) => pattern.test(f)).sort().map((f) => ({ name: f, text: readFileSync(join(directory, f), 'utf8') }));
const fixtures = readAll('test/fixtures/articles', /\.(?:txt|md)$/);
const corpus = existsSync(CORPUS) ? readAll(CORPUS, /\.(?:txt|md|html)$/) : [];
const bytesOf = (texts: readonly string[]) => texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
let peakRss = process.memoryUsage().rss;

interface Throughput { cpu: number; cpuLow: number; cpuHigh: number; wall: number; results: number }

/** MB per CPU second over `texts` repeated to `roundBytes`, median of ROUNDS rounds after a warm-up. */
function throughput(texts: readonly string[], read: (text: string) => number, roundBytes = ROUND_BYTES): Throughput {
  const perRound = Math.max(1, Math.ceil(roundBytes / bytesOf(texts)));
  for (let i = 0; i < Math.min(perRound, 20); i++) for (const text of texts) read(text);
  const cpu: number[] = [];
  const wall: number[] = [];
  let results = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    for (let i = 0; i < perRound; i++) for (const text of texts) results += read(text);
    const megabytes = (perRound * bytesOf(texts)) / 1024 / 1024;
    cpu.push(megabytes / cpuSeconds(cpuStart));
    wall.push(megabytes / ((performance.now() - wallStart) / 1000));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return { cpu: median(cpu), cpuLow: Math.min(...cpu), cpuHigh: Math.max(...cpu), wall: median(wall), results: results / ROUNDS / perRound };
}

const claimsOf = (text: string) => extractClaims(text, PUBLISHED).claims.length;

/**
 * CPU milliseconds of one article: runs in groups of ten (the CPU clock is coarser than one run),
 * median over the groups; the wall-clock median beside it counts other processes' turns too.
 */
function millisecondsPerArticle(text: string, runs: number): { cpu: number; wall: number } {
  for (let i = 0; i < 20; i++) claimsOf(text);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let group = 0; group < Math.max(1, runs / 10); group++) {
    const started = process.cpuUsage();
    for (let run = 0; run < 10; run++) {
      const at = performance.now();
      claimsOf(text);
      wall.push(performance.now() - at);
    }
    cpu.push((cpuSeconds(started) * 1000) / 10);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

/**
 * Peak RSS of a fresh Node process that loads only the bundle, as a Lambda instance would, and
 * reads the fixture articles (20 rounds), then the large article built from them as below: this
 * process's own peak is mostly tsx, esbuild and the CDK options it bundles with (about 100 MB
 * before any extraction) and the texts and results it keeps.
 */
function peakRssAlone(): number {
  const script = `const { readFileSync } = require('node:fs');
const { extractClaims } = require(${JSON.stringify(bundle)});
const texts = ${JSON.stringify(fixtures.map((a) => join(process.cwd(), 'test/fixtures/articles', a.name)))}.map((f) => readFileSync(f, 'utf8'));
for (let i = 0; i < 20; i++) for (const t of texts) extractClaims(t, ${JSON.stringify(PUBLISHED)});
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
extractClaims(texts.join('\\n\\n').repeat(Math.ceil((5 * 1024 * 1024) / bytes)), ${JSON.stringify(PUBLISHED)});
process.stdout.write(String(process.resourceUsage().maxRSS));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return Number(run.stdout) / 1024;
}

/** A 5 KB article: the fixtures one after another, cut at the last paragraph before 5,120 bytes. */
function fiveKilobytes(): string {
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < 5120; i++) text += `${fixtures[i % fixtures.length]!.text}\n\n`;
  return text.slice(0, text.lastIndexOf('\n\n', 5120));
}

/**
 * Instructions, which unlike seconds do not drift with the VM: valgrind's callgrind counting a
 * fresh Node process that runs the bundle over the fixtures, 200 and 600 times, so their
 * difference is the extraction alone. `--single-threaded` keeps V8 from compiling in the
 * background, which made counts vary by 10 %.
 */
function instructionsPerMb(texts: readonly string[]): string {
  if (!process.argv.includes('--callgrind')) return 'not counted (--callgrind counts them: several minutes under valgrind)';
  if (spawnSync('valgrind', ['--version']).status !== 0) return 'valgrind is not installed';
  const directory = mkdtempSync(join(tmpdir(), 'claimgraph-callgrind-'));
  const count = (rounds: number): number => {
    const loop = join(directory, `loop-${rounds}.cjs`);
    writeFileSync(loop, `const { extractClaims } = require(${JSON.stringify(bundle)});
const articles = ${JSON.stringify(texts)};
for (let i = 0; i < ${rounds}; i++) for (const a of articles) extractClaims(a, ${JSON.stringify(PUBLISHED)});`);
    const run = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${loop}.out`, process.execPath, '--single-threaded', loop], { encoding: 'utf8' });
    return Number(/Collected\s*:\s*(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  };
  const [short, long] = [count(200), count(600)];
  const megabytes = (400 * bytesOf(texts)) / 1024 / 1024;
  return Number.isFinite(long - short) ? `${((long - short) / 1e9 / megabytes).toFixed(2)} G per MB` : 'callgrind gave no count';
}

const kb = (texts: readonly string[]) => `${(bytesOf(texts) / 1024).toFixed(1)} KB`;
const rate = (t: Throughput) => `${t.cpu.toFixed(2)} MB/s (${t.cpuLow.toFixed(2)}–${t.cpuHigh.toFixed(2)}; wall ${t.wall.toFixed(2)})`;
const sets = [
  { label: 'fixture articles', texts: fixtures.map((a) => a.text) },
  { label: 'real articles (../shared/corpus)', texts: corpus.map((a) => a.text) },
].filter((set) => set.texts.length > 0);

// The extractor first, so the peak memory is its own, then Recognizers in the same process.
const progress = (step: string) => process.stderr.write(`  ${step}\n`);
const ours = sets.map((set) => (progress(`claimgraph on the ${set.label}`), throughput(set.texts, claimsOf)));
const perFiveKb = corpus.map((a) => millisecondsPerArticle(a.text, 30).cpu / (Buffer.byteLength(a.text) / 5120));
const five = fiveKilobytes();
const fiveMs = millisecondsPerArticle(five, 500);
// One large article at once: the memory a 5 MB upload costs.
const large = fixtures.map((a) => a.text).join('\n\n').repeat(Math.ceil((5 * 1024 * 1024) / bytesOf(fixtures.map((a) => a.text))));
const heapBefore = process.memoryUsage().heapUsed;
const cpuStart = process.cpuUsage();
const largeClaims = claimsOf(large);
const largeRate = large.length / 1024 / 1024 / cpuSeconds(cpuStart);
const heapGrowth = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const extractorRss = peakRss;
const aloneRss = peakRssAlone();

const { Culture, recognizeNumber } = await import('@microsoft/recognizers-text-number');
progress("Recognizers' recognizeNumber");
const theirs = sets.map((set) => throughput(set.texts, (text) => recognizeNumber(text, Culture.English).length, THEIR_ROUND_BYTES));

const rows: Array<[string, string]> = [];
sets.forEach((set, i) => {
  rows.push([`${set.label}: ${set.texts.length}, ${kb(set.texts)}`, `claimgraph ${rate(ours[i]!)}, ${ours[i]!.results.toFixed(0)} claims a pass`]);
  rows.push([`${set.label}: Recognizers' recognizeNumber`, `${rate(theirs[i]!)}, ${theirs[i]!.results.toFixed(0)} numbers a pass`]);
  rows.push([`${set.label}: claimgraph ÷ recognizeNumber`, `**${(ours[i]!.cpu / theirs[i]!.cpu).toFixed(1)}×**`]);
});
if (corpus.length === 0) rows.push(['real articles', '../shared/corpus is not present']);
else rows.push(['real articles: CPU per 5 KB, median article (slowest)', `${median(perFiveKb).toFixed(2)} ms (${Math.max(...perFiveKb).toFixed(2)} ms)`]);
rows.push([`a 5 KB article (the fixtures joined, ${(Buffer.byteLength(five) / 1024).toFixed(1)} KB), median of 500`, `${fiveMs.cpu.toFixed(2)} ms CPU (wall ${fiveMs.wall.toFixed(2)} ms)`]);
rows.push([`one ${(large.length / 1024 / 1024).toFixed(2)} MB article`, `${largeRate.toFixed(2)} MB/s (${largeClaims} claims), heap growth ${heapGrowth.toFixed(0)} MB`]);
rows.push([`peak RSS of a Node process running only the extractor (the fixtures, then one ${(large.length / 1024 / 1024).toFixed(2)} MB article)`, `${aloneRss.toFixed(0)} MB`]);
rows.push(['peak RSS of this bench process before Recognizers loads (tsx, esbuild, CDK options included)', `${(extractorRss / 1024 / 1024).toFixed(0)} MB`]);
rows.push(['instructions (callgrind, fixtures)', instructionsPerMb(fixtures.map((a) => a.text))]);

console.log('| measure | value |');
console.log('|---|---|');
for (const [measure, value] of rows) console.log(`| ${measure} | ${value} |`);
