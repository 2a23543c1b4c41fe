// GraphQL API latency over HTTP on loopback, on DynamoDB Local loaded with ~100k claims, beside
// the floor: bare graphql-js answering the same queries from memory.
//
// The claims come from the real pipeline (bench/ledger.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startStandaloneServer } from '@apollo/server/standalone';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { buildSchema, graphql } from 'graphql';
import { addDays } from '../functions/core/calendar.js';
import { createApiContext, createApiServer } from '../functions/api/server.js';
import { typeDefs } from '../functions/api/generated/schema.js';
import { ensureTable } from '../functions/store/create-table.js';
import { dynamoIngestStore, dynamoLedgerReader } from '../functions/store/dynamo/index.js';
import { localClientConfig } from '../local/aws-config.js';
import { startDynamoDbLocal } from '../local/dynamodb.js';
import { freePort } from '../local/ports.js';
import { recordCommands } from '../test/support/recording-client.js';
import { BENCH_TABLE, DATA_DIRECTORY, loadLedger, WRITERS } from './ledger.js';

const CONNECTION_COUNTS = [1, 8];
const SECONDS = 10;
const FLOOR_RUNS = 2000;
const SEQUENTIAL_RUNS = 50;
const BUCKET_FIELDS = 'buckets { start end value min max basis coverage claimCount articleCount }';

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
  const tableName = BENCH_TABLE;
  await ensureTable(client, tableName);
  const store = dynamoIngestStore({ client, tableName });
  const loaded = await loadLedger(client, tableName, store, fresh);
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
