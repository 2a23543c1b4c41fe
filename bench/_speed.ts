import { readdirSync, readFileSync } from 'node:fs';
import { extractClaims } from '../functions/extractor/index.js';
const dir = 'test/fixtures/articles';
const articles = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
for (let i = 0; i < 50; i++) for (const a of articles) extractClaims(a, { published: '2024-10-25' });
const rates: number[] = [];
for (let r = 0; r < 5; r++) {
  const t = process.hrtime.bigint(); let bytes = 0;
  for (let i = 0; i < 300; i++) for (const a of articles) { extractClaims(a, { published: '2024-10-25' }); bytes += a.length; }
  rates.push(bytes / 1e6 / (Number(process.hrtime.bigint() - t) / 1e9));
}
console.log(rates.sort()[2]!.toFixed(2), 'MB/s');
