// The workbench page: its code, gzipped, and how soon after navigation a one-year daily series
// chart is drawn in Debian's Chromium, against the API on the bench's 100k-claim ledger.
// `npm run bench -- workbench --screenshot=docs/workbench-series.png` also takes the README's picture.
import type { ApolloServerPlugin } from '@apollo/server';
import { gzipSync } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { addDays } from '../functions/core/calendar.js';
import { createApiContext, createApiServer, type ApiContext } from '../functions/api/server.js';
import { ensureTable } from '../functions/store/create-table.js';
import { dynamoIngestStore, dynamoLedgerReader } from '../functions/store/dynamo/index.js';
import { localClientConfig } from '../local/aws-config.js';
import { startDynamoDbLocal } from '../local/dynamodb.js';
import { freePort } from '../local/ports.js';
import { launchChromium } from '../test/support/browser.js';
import { buildWorkbench } from '../web/build.js';
import { graphqlListener } from '../local/graphql-server.js';
import { createWorkbenchApp, listenOnLoopback } from '../web/server/app.js';
import { BENCH_TABLE, DATA_DIRECTORY, loadLedger, loadReference } from './ledger.js';
import { SERIES_CONTEXT, SIDES_SERIES } from '../web/src/api/queries.js';

const RUNS = 7;
/** The budget the page is held to. */
const JS_BUDGET_KB = 250;
const CHART_BUDGET_MS = 1000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The page's two requests, sent this many times before the runs counted. */
const WARM_ROUNDS = 50;

async function warmUp(base: string, from: string, to: string) {
  const variables = { subject: 'Russia', metric: 'PERSONNEL', granularity: 'DAY', from, to, includeUndated: false };
  const post = (query: string, vars: object) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: vars }) }).then((r) => r.text());
  for (let round = 0; round < WARM_ROUNDS; round++) await Promise.all([post(SIDES_SERIES, variables), post(SERIES_CONTEXT, { ...variables, withOfficial: true })]);
}

async function main() {
  const assets = await buildWorkbench();
  console.log('| asset | minified | gzipped |');
  console.log('|---|---|---|');
  let jsGzipped = 0;
  for (const [name, file] of assets.files) {
    const gzipped = gzipSync(file.body).length;
    if (name.endsWith('.js')) jsGzipped += gzipped;
    console.log(`| ${name} | ${kb(file.body.length)} | ${kb(gzipped)} |`);
  }
  console.log(`\nPage JavaScript: ${kb(jsGzipped)} gzipped (budget ${JS_BUDGET_KB} KB).\n`);

  const dynamoDb = await startDynamoDbLocal({ port: await freePort(), directory: DATA_DIRECTORY });
  const client = new DynamoDBClient({ ...localClientConfig(dynamoDb.endpoint), maxAttempts: 10 });
  await ensureTable(client, BENCH_TABLE);
  const store = dynamoIngestStore({ client, tableName: BENCH_TABLE });
  const reader = dynamoLedgerReader({ client, tableName: BENCH_TABLE });
  const loaded = await loadLedger(client, BENCH_TABLE, store, process.argv.includes('--fresh'));
  await loadReference(store, reader);

  // Each GraphQL request's time in the server (Apollo's, from the request read to the answer made), by operation.
  const inServer: Array<{ operation: string; ms: number }> = [];
  const serverTiming: ApolloServerPlugin<ApiContext> = {
    async requestDidStart({ request }) {
      const started = performance.now();
      return { willSendResponse: async () => void inServer.push({ operation: request.operationName ?? /query (\w+)/.exec(request.query ?? '')?.[1] ?? '', ms: performance.now() - started }) };
    },
  };
  const server = createApiServer({ introspection: false, plugins: [serverTiming] });
  await server.start();
  const uploader = { bucket: 'none', put: async () => Promise.reject(new Error('the bench uploads nothing')) };
  const web = await listenOnLoopback(createWorkbenchApp({ assets, graphql: graphqlListener(server, async () => createApiContext(reader)), uploader }), await freePort());
  const browser = await launchChromium();
  const from = addDays(loaded.lastDay, -364);
  const url = `${web.url}/series?subject=Russia&metric=PERSONNEL&granularity=DAY&from=${from}&to=${loaded.lastDay}`;

  // A fresh browser context each time (no cache). The first run meets a cold server (the JIT of
  // DynamoDB Local's JVM and of Node has seen nothing yet) and is reported alone; then the page's
  // two requests are sent WARM_ROUNDS times, as the API bench's 50 requests in a row warm it, and
  // the runs counted follow.
  const drawn: number[] = [];
  const started: number[] = [];
  const requests = new Map<string, { browser: number[]; server: number[] }>();
  let points = 0;
  let cold = 0;
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const inBrowser: Array<{ operation: string; ms: number }> = [];
    page.on('requestfinished', (request) => {
      if (!request.url().endsWith('/graphql')) return;
      inBrowser.push({ operation: /query (\w+)/.exec(request.postData() ?? '')?.[1] ?? '', ms: request.timing().responseEnd });
    });
    inServer.length = 0;
    await page.goto(url);
    await page.waitForSelector('.chart[data-drawn]', { timeout: 60_000 });
    const timing = (await page.evaluate(`(() => ({
      drawn: performance.getEntriesByName('workbench:chart-drawn')[0].startTime,
      firstRequest: Math.min(...performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/graphql')).map((entry) => entry.startTime)),
      points: Number(document.querySelector('.chart').dataset.drawn),
    }))()`)) as { drawn: number; firstRequest: number; points: number };
    await context.close();
    if (run === 0) {
      cold = timing.drawn;
      await warmUp(web.url, from, loaded.lastDay);
      continue;
    }
    drawn.push(timing.drawn);
    started.push(timing.firstRequest);
    for (const [side, list] of [['browser', inBrowser], ['server', inServer]] as const) {
      for (const { operation, ms } of list) {
        const entry = requests.get(operation) ?? { browser: [], server: [] };
        entry[side].push(ms);
        requests.set(operation, entry);
      }
    }
    points = timing.points;
  }
  console.log(`Series view, ${from} … ${loaded.lastDay} by day (${points} points drawn, the official series beside them), ${loaded.claims.toLocaleString('en-US')} claims in the ledger:\n`);
  console.log(`| measure | median of ${RUNS} | worst |`);
  console.log('|---|---|---|');
  console.log(`| navigation → chart drawn | ${median(drawn).toFixed(0)} ms | ${Math.max(...drawn).toFixed(0)} ms |`);
  console.log(`| the first navigation, on the cold server | ${cold.toFixed(0)} ms | |`);
  console.log(`| navigation → first GraphQL request sent | ${median(started).toFixed(0)} ms | ${Math.max(...started).toFixed(0)} ms |`);
  for (const [operation, { browser: seen, server: served }] of requests) {
    console.log(`| ${operation}: request in the browser (of it in the server) | ${median(seen).toFixed(0)} ms (${median(served).toFixed(0)} ms) | ${Math.max(...seen).toFixed(0)} ms (${Math.max(...served).toFixed(0)} ms) |`);
  }
  console.log(`\nBudget: drawn within ${CHART_BUDGET_MS} ms of navigation, on loopback. Each run a new browser context, so nothing is cached; the first run, on the cold server, apart, then ${WARM_ROUNDS} rounds of the page's requests to warm it.`);

  // `--screenshot=FILE`: the view as the README shows it, a day chosen.
  const screenshot = process.argv.find((arg) => arg.startsWith('--screenshot='))?.slice('--screenshot='.length);
  if (screenshot) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await page.goto(`${url}&bucket=300`);
    await page.waitForSelector('.panel .claim');
    await page.screenshot({ path: screenshot });
    await page.close();
  }

  await browser.close();
  await web.close();
  await server.stop();
  client.destroy();
  await dynamoDb.stop();
}

await main();
