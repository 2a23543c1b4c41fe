// Extractor throughput on one core: MB/s over the fixture articles repeated to a few MB, and peak memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../functions/extractor/index.js';

const FIXTURES = 'test/fixtures/articles';
const names = readdirSync(FIXTURES).filter((f) => /\.(?:txt|md)$/.test(f));
const articles = names.map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
const corpusBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
const TARGET_BYTES = 8 * 1024 * 1024;

// Warm up the regular expressions and the JIT before measuring.
for (let i = 0; i < 50; i++) for (const article of articles) extractClaims(article, { published: '2024-10-25' });

let bytes = 0;
let claims = 0;
let peakRss = process.memoryUsage().rss;
const started = process.hrtime.bigint();
while (bytes < TARGET_BYTES) {
  for (const article of articles) {
    claims += extractClaims(article, { published: '2024-10-25' }).claims.length;
    bytes += Buffer.byteLength(article);
  }
}
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

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

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| fixture articles | ${articles.length} (${(corpusBytes / 1024).toFixed(1)} KB) |`);
console.log(`| throughput, many small articles | ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s (${mb(bytes)} MB, ${claims} claims, ${seconds.toFixed(2)} s) |`);
console.log(`| one ${mb(large.length)} MB article | ${(large.length / 1024 / 1024 / largeSeconds).toFixed(2)} MB/s (${largeClaims} claims) |`);
console.log(`| heap growth on the large article | ${mb(heapGrowth)} MB |`);
console.log(`| peak RSS | ${mb(peakRss)} MB |`);
for (const { name, found, mbPerSecond } of perArticle) {
  console.log(`| ${name} alone (${found} claims) | ${mbPerSecond.toFixed(2)} MB/s |`);
}
