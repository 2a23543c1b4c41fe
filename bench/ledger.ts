// The benchmarks' ledger: ~100k claims on DynamoDB Local, from the real pipeline. Generated General
// Staff daily reports (our own sentence pattern, a synthetic but plausible series) go through the
// extractor and the store; the same series, as the General Staff would publish it, is the official one.
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { storedClaims, type Article } from '../functions/core/article.js';
import { addDays } from '../functions/core/calendar.js';
import { extractClaims } from '../functions/extractor/index.js';
import type { LedgerReader } from '../functions/store/read-port.js';
import type { IngestStore } from '../functions/store/write-port.js';
import type { ReferencePoint } from '../functions/verification/reference.js';

const TARGET_CLAIMS = 100_000;
/**
 * The loaded table is kept here between runs; `npm run bench -- api --fresh` reloads it. Beside,
 * not inside, npm start's `.claimgraph`, which `npm start -- --fresh` deletes.
 */
export const DATA_DIRECTORY = '.claimgraph-bench';
export const BENCH_TABLE = 'claimgraph-bench';
export const WRITERS = 16;
const OUTLETS = ['Ledger', 'Wire', 'Daily', 'Courier'];
const FIRST_DAY = '2023-01-01';
/** Bump when what a load writes changes (new rollups), so a table loaded before is loaded again. */
const LOAD_FORMAT = 3;
const LOAD_MARKER = { pk: { S: 'BENCH' }, sk: { S: 'LOADED' } };

/** Daily losses per metric: a label the General Staff uses, the metric it is, and a typical daily range. */
const METRICS: Array<[label: string, metric: string, low: number, high: number]> = [
  ['personnel', 'personnel', 500, 1800], ['tanks', 'tanks', 0, 30], ['armored fighting vehicles', 'armored_vehicles', 0, 60],
  ['artillery systems', 'artillery', 5, 90], ['multiple rocket launchers', 'mlrs', 0, 6], ['air defense systems', 'air_defense', 0, 4],
  ['aircraft', 'aircraft', 0, 1], ['helicopters', 'helicopters', 0, 1], ['drones', 'uav', 10, 300], ['cruise missiles', 'cruise_missiles', 0, 20],
  ['warships and boats', 'ships', 0, 1], ['vehicles and fuel tanks', 'vehicles', 20, 150], ['special equipment', 'special_equipment', 0, 10],
];

/** A seeded generator, so every run loads the same data. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generate(): { reports: Array<{ article: Article; text: string }>; reference: ReferencePoint[] } {
  const next = random(42);
  const totals = METRICS.map(() => 0);
  const reports: Array<{ article: Article; text: string }> = [];
  const reference: ReferencePoint[] = [];
  for (let day = FIRST_DAY, n = 0; reports.length * 26 < TARGET_CLAIMS; day = addDays(day, 1), n++) {
    const daily = METRICS.map(([, , low, high]) => low + Math.floor(next() * (high - low + 1)));
    daily.forEach((value, i) => (totals[i]! += value));
    METRICS.forEach(([, metric], i) => reference.push({ date: day, metric, total: totals[i]! }));
    for (const [o, outlet] of OUTLETS.entries()) {
      // Every tenth day one outlet misprints a figure: the disagreements a real feed has.
      const misprint = n % 10 === 0 && o === 1 ? 10 : 0;
      const lines = METRICS.map(([label], i) => `${label} — ${(totals[i]! + (i === 0 ? misprint : 0)).toLocaleString('en-US')} (+${daily[i]!.toLocaleString('en-US')})`);
      const text = `Russia's losses, day ${n + 1}\n\nUkraine's General Staff published its morning tally. Russia has lost in total:\n\n${lines.join('\n')}\n`;
      const id = `articles/${outlet.toLowerCase()}/${day}.txt`;
      reports.push({ text, article: { id, bucket: 'bench', key: id, status: 'INGESTED', error: null, warnings: [], title: `Russia's losses, day ${n + 1}`, outlet, published: day, publishedFrom: 'metadata', format: 'text', size: text.length, etag: null, sequencer: '1', claimCount: 0, ingestedAt: `${day}T09:00:00Z` } });
    }
  }
  return { reports, reference };
}

/** Loads the reports once (about 8 min here); later runs find them and reuse them. */
export async function loadLedger(client: DynamoDBClient, tableName: string, store: IngestStore, fresh: boolean): Promise<{ claims: number; lastDay: string; seconds: number | null }> {
  const { reports } = generate();
  const last = reports.at(-1)!.article;
  const loaded = await store.getArticle(last.id);
  const { Item: marker } = await client.send(new GetItemCommand({ TableName: tableName, Key: LOAD_MARKER }));
  if (loaded && !fresh && marker?.format?.N === String(LOAD_FORMAT)) {
    const claims = reports.length * loaded.claimCount;
    return { claims, lastDay: last.published!, seconds: null };
  }
  const started = performance.now();
  let claims = 0;
  let nextReport = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (nextReport < reports.length) {
        const taken = nextReport++;
        const { article, text } = reports[taken]!;
        const extracted = extractClaims(text, { published: article.published! }).claims;
        const stored = storedClaims(article, extracted);
        await store.saveArticle(article, stored);
        claims += stored.length;
        if ((taken + 1) % 500 === 0) process.stderr.write(`  loaded about ${taken + 1} of ${reports.length} reports\n`);
      }
    }),
  );
  await client.send(new PutItemCommand({ TableName: tableName, Item: { ...LOAD_MARKER, format: { N: String(LOAD_FORMAT) } } }));
  return { claims, lastDay: last.published!, seconds: (performance.now() - started) / 1000 };
}

/** The official series of the generated reports, imported once as a `reference/` file would be. */
export async function loadReference(store: IngestStore, reader: LedgerReader): Promise<void> {
  const { reference } = generate();
  const last = reference.at(-1)!;
  if ((await reader.referenceBetween(last.metric, last.date, last.date)).length) return;
  await store.saveReference('reference/bench.json', reference);
}
