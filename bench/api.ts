// GraphQL API latency over HTTP on loopback, on DynamoDB Local loaded with ~100k claims, beside
// the floor: bare graphql-js answering the same queries from memory.
//
// The claims come from the real pipeline: generated General Staff daily reports (our own
// sentence pattern, a synthetic but plausible series) go through the extractor and the store.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startStandaloneServer } from '@apollo/server/standalone';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { buildSchema, graphql } from 'graphql';
import { storedClaims, type Article } from '../functions/core/article.js';
import { addDays } from '../functions/core/calendar.js';
import { extractClaims } from '../functions/extractor/index.js';
import { createApiContext, createApiServer } from '../functions/api/server.js';
import { typeDefs } from '../functions/api/generated/schema.js';
import { ensureTable } from '../functions/store/create-table.js';
import { dynamoIngestStore, dynamoLedgerReader } from '../functions/store/dynamo/index.js';
import type { IngestStore } from '../functions/store/write-port.js';
import { localClientConfig } from '../local/aws-config.js';
import { startDynamoDbLocal } from '../local/dynamodb.js';
import { freePort } from '../local/ports.js';
import { recordCommands } from '../test/support/recording-client.js';

const TARGET_CLAIMS = 100_000;
/**
 * The loaded table is kept here between runs; `npm run bench -- api --fresh` reloads it. Beside,
 * not inside, npm start's `.claimgraph`, which `npm start -- --fresh` deletes.
 */
const DATA_DIRECTORY = '.claimgraph-bench';
const OUTLETS = ['Ledger', 'Wire', 'Daily', 'Courier'];
const FIRST_DAY = '2023-01-01';
const WRITERS = 16;
const CONNECTION_COUNTS = [1, 8];
const SECONDS = 10;
const FLOOR_RUNS = 2000;
const SEQUENTIAL_RUNS = 50;
const BUCKET_FIELDS = 'buckets { start end value min max basis coverage claimCount articleCount }';
/** Bump when what a load writes changes (new rollups), so a table loaded before is loaded again. */
const LOAD_FORMAT = 2;
const LOAD_MARKER = { pk: { S: 'BENCH' }, sk: { S: 'LOADED' } };

/** Daily losses per metric: a label the General Staff uses, and a typical daily range. */
const METRICS: Array<[label: string, low: number, high: number]> = [
  ['personnel', 500, 1800], ['tanks', 0, 30], ['armored fighting vehicles', 0, 60], ['artillery systems', 5, 90],
  ['multiple rocket launchers', 0, 6], ['air defense systems', 0, 4], ['aircraft', 0, 1], ['helicopters', 0, 1],
  ['drones', 10, 300], ['cruise missiles', 0, 20], ['warships and boats', 0, 1], ['vehicles and fuel tanks', 20, 150],
  ['special equipment', 0, 10],
];

/** A seeded generator, so every run loads the same data. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generateReports(): Array<{ article: Article; text: string }> {
  const next = random(42);
  const totals = METRICS.map(() => 0);
  const reports: Array<{ article: Article; text: string }> = [];
  for (let day = FIRST_DAY, n = 0; reports.length * 26 < TARGET_CLAIMS; day = addDays(day, 1), n++) {
    const daily = METRICS.map(([, low, high]) => low + Math.floor(next() * (high - low + 1)));
    daily.forEach((value, i) => (totals[i]! += value));
    for (const [o, outlet] of OUTLETS.entries()) {
      // Every tenth day one outlet misprints a figure: the disagreements a real feed has.
      const misprint = n % 10 === 0 && o === 1 ? 10 : 0;
      const lines = METRICS.map(([label], i) => `${label} — ${(totals[i]! + (i === 0 ? misprint : 0)).toLocaleString('en-US')} (+${daily[i]!.toLocaleString('en-US')})`);
      const text = `Russia's losses, day ${n + 1}\n\nUkraine's General Staff published its morning tally. Russia has lost in total:\n\n${lines.join('\n')}\n`;
      const id = `articles/${outlet.toLowerCase()}/${day}.txt`;
      reports.push({ text, article: { id, bucket: 'bench', key: id, status: 'INGESTED', error: null, warnings: [], title: `Russia's losses, day ${n + 1}`, outlet, published: day, publishedFrom: 'metadata', format: 'text', size: text.length, etag: null, sequencer: '1', claimCount: 0, ingestedAt: `${day}T09:00:00Z` } });
    }
  }
  return reports;
}

async function load(client: DynamoDBClient, tableName: string, store: IngestStore, fresh: boolean): Promise<{ claims: number; lastDay: string; seconds: number | null }> {
  const reports = generateReports();
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
        const { article, text } = reports[nextReport++]!;
        const extracted = extractClaims(text, { published: article.published! }).claims;
        const stored = storedClaims(article, extracted);
        await store.saveArticle(article, stored);
        claims += stored.length;
        if (nextReport % 500 === 0) process.stderr.write(`  loaded ${nextReport} of ${reports.length} reports\n`);
      }
    }),
  );
  await client.send(new PutItemCommand({ TableName: tableName, Item: { ...LOAD_MARKER, format: { N: String(LOAD_FORMAT) } } }));
  return { claims, lastDay: last.published!, seconds: (performance.now() - started) / 1000 };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

/** Runs autocannon in its own process, so the load it generates does not share the server's event loop. */
function autocannon(url: string, body: string, connections: number): Promise<{ p50: number; p99: number; rps: number }> {
  const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const args = [cli, '--json', '-m', 'POST', '-H', 'content-type=application/json', '-b', body, '-c', String(connections), '-d', String(SECONDS), url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const result = JSON.parse(output);
      if (result.non2xx > 0 || result.errors > 0) return reject(new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`));
      resolve({ p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average });
    });
  });
}

async function main() {
  const fresh = process.argv.includes('--fresh');
  const dynamoDb = await startDynamoDbLocal({ port: await freePort(), directory: DATA_DIRECTORY });
  const client = new DynamoDBClient({ ...localClientConfig(dynamoDb.endpoint), maxAttempts: 10 });
  const sent = recordCommands(client);
  let dynamoDbMs = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      const started = performance.now();
      try {
        return await next(args);
      } finally {
        dynamoDbMs += performance.now() - started;
      }
    },
    { step: 'initialize', name: 'timeDynamoDbRequests' },
  );
  const tableName = 'claimgraph-bench';
  await ensureTable(client, tableName);
  const store = dynamoIngestStore({ client, tableName });
  const loaded = await load(client, tableName, store, fresh);
  console.log(
    loaded.seconds === null
      ? `Using the ${loaded.claims.toLocaleString('en-US')} claims loaded earlier in ${DATA_DIRECTORY} (--fresh reloads them).\n`
      : `Loaded ${loaded.claims.toLocaleString('en-US')} claims through the extractor and the store in ${loaded.seconds.toFixed(0)} s (${(loaded.claims / loaded.seconds).toFixed(0)} claims/s, ${WRITERS} writers).\n`,
  );

  const year = { from: addDays(loaded.lastDay, -364), to: loaded.lastDay };
  const queries: Record<string, string> = {
    'claims page (100, with article)': `{ claims(filter: {subject: "Russia", metric: PERSONNEL, periodKind: DAY, from: "${year.from}", to: "${year.to}"}, first: 100) { edges { node { value qualifier period { kind start end } source quote article { id outlet published } } } pageInfo { hasNextPage endCursor } } }`,
    'series, one year by MONTH': `{ series(subject: "Russia", metric: PERSONNEL, granularity: MONTH, from: "${year.from}", to: "${year.to}") { sourceGroup ${BUCKET_FIELDS} } }`,
    'series, one year by DAY': `{ series(subject: "Russia", metric: PERSONNEL, granularity: DAY, from: "${year.from}", to: "${year.to}") { sourceGroup ${BUCKET_FIELDS} } }`,
    latestTotals: `{ latestTotals(subject: "Russia") { metric source sourceGroup date value qualifier min max } }`,
    'latestTotals, as of a month back': `{ latestTotals(subject: "Russia", asOf: "${addDays(loaded.lastDay, -30)}") { metric source sourceGroup date value qualifier min max } }`,
    'disagreements, one year': `{ disagreements(subject: "Russia", metric: PERSONNEL, from: "${year.from}", to: "${year.to}") { date periodKind sourceGroup values figures { claimId value qualifier min max } } }`,
  };

  const reader = dynamoLedgerReader({ client, tableName });
  const server = createApiServer({ introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: await freePort(), host: '127.0.0.1' },
    context: async () => createApiContext(reader),
  });

  // Each query alone, one after another: its answer (for the floor), the DynamoDB requests it
  // makes, and how much of its latency is DynamoDB Local's.
  const answers = new Map<string, Record<string, unknown>>();
  const requests = new Map<string, string[]>();
  const sequential = new Map<string, { total: number; dynamoDb: number }>();
  for (const [name, query] of Object.entries(queries)) {
    const totals: number[] = [];
    const inDynamoDb: number[] = [];
    for (let run = 0; run < SEQUENTIAL_RUNS; run++) {
      sent.length = 0;
      dynamoDbMs = 0;
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      totals.push(performance.now() - started);
      inDynamoDb.push(dynamoDbMs);
      if (answer.errors || !answer.data) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
      answers.set(name, answer.data);
      requests.set(name, sent.map((command) => command.replace('Command', '')));
    }
    sequential.set(name, { total: median(totals), dynamoDb: median(inDynamoDb) });
  }

  const floorSchema = buildSchema(typeDefs);
  const header = CONNECTION_COUNTS.flatMap((c) => [`p50 (${c} conn.)`, `p99 (${c} conn.)`, `req/s (${c} conn.)`]);
  console.log(`| query | DynamoDB requests | one at a time: median (of it in DynamoDB Local) | ${header.join(' | ')} | floor p50 | floor p99 |`);
  console.log(`|---|---|---|${header.map(() => '---').join('|')}|---|---|`);
  for (const [name, query] of Object.entries(queries)) {
    const body = JSON.stringify({ query });
    const loads: string[] = [];
    for (const connections of CONNECTION_COUNTS) {
      const { p50, p99, rps } = await autocannon(url, body, connections);
      loads.push(`${p50} ms`, `${p99} ms`, rps.toFixed(0));
    }
    // The floor: graphql-js alone, parsing, validating and executing the same query over its answer held in memory.
    const times: number[] = [];
    for (let i = 0; i < FLOOR_RUNS; i++) {
      const started = performance.now();
      const floor = await graphql({ schema: floorSchema, source: query, rootValue: answers.get(name) });
      times.push(performance.now() - started);
      if (floor.errors) throw new Error(`floor ${name}: ${floor.errors[0]!.message}`);
    }
    times.sort((a, b) => a - b);
    const sentByQuery = requests.get(name)!;
    const alone = sequential.get(name)!;
    console.log(`| ${name} | ${sentByQuery.length} (${sentByQuery.join(', ')}) | ${alone.total.toFixed(1)} ms (${alone.dynamoDb.toFixed(1)} ms) | ${loads.join(' | ')} | ${quantile(times, 0.5).toFixed(2)} ms | ${quantile(times, 0.99).toFixed(2)} ms |`);
  }
  console.log(`\nOne at a time: ${SEQUENTIAL_RUNS} requests in a row. autocannon: in its own process, ${SECONDS} s per query and connection count. Floor: ${FLOOR_RUNS} runs in process.`);

  await server.stop();
  client.destroy();
  await dynamoDb.stop();
}

await main();
