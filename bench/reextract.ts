// Re-extract throughput and the reference import, locally: DynamoDB Local on disk and s3rver, as
// `npm start` runs them, the real ingest through the reconcile job (functions/reconcile), with
// every AWS request counted so the cost of a backfill in AWS can be derived (docs/benchmarks.md).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { InitializeMiddleware, MetadataBearer } from '@smithy/types';
import pMap from 'p-map';
import { ingestObject } from '../functions/ingest/ingest.js';
import { addSummaries, emptySummary, listBucket, reconcileBucket, reconcileObjects, type ReconcileSummary } from '../functions/reconcile/reconcile.js';
import { ensureTable } from '../functions/store/create-table.js';
import { parseReference } from '../functions/verification/reference.js';
import { MAX_CONCURRENCY, OBJECTS_PER_BATCH } from '../infra/reextract.js';
import { startDynamoDbLocal } from '../local/dynamodb.js';
import { localReconcileDeps } from '../local/ingest-deps.js';
import { freePort } from '../local/ports.js';
import { startLocalS3 } from '../local/s3.js';

process.env.LOG_LEVEL = 'SILENT';
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } }, strict: false });
const ARTICLES = Number(values.articles);
/** `npm run reextract`'s default, and the reconcile Lambda's within one batch. */
const CONCURRENCY = 4;
/** Articles ingested beside the reference import, to see whether it holds them up. */
const BESIDE_IMPORT = 40;
const FIXTURES = 'test/fixtures/articles';
/** The General Staff's equipment series, where the shared data is (beside the checkout or its worktrees); else a synthetic one of the same size. */
const EQUIPMENT = ['../shared', '../../shared'].map((dir) => join(dir, 'reference/russia_losses_equipment.json')).find((path) => existsSync(path));
const TABLE = 'bench';
const BUCKET = 'bench';

const loadAtStart = loadavg()[0]!;
const data = mkdtempSync(join(tmpdir(), 'claimgraph-bench-reextract-'));
const [dynamoDb, s3] = await Promise.all([
  freePort().then((port) => startDynamoDbLocal({ port, directory: join(data, 'dynamodb') })),
  freePort().then((port) => startLocalS3({ port, buckets: [], directory: join(data, 's3') })),
]);
const { deps, clients, destroy } = localReconcileDeps({ s3Endpoint: s3.endpoint, dynamoDbEndpoint: dynamoDb.endpoint, tableName: TABLE });
await clients.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
await ensureTable(clients.dynamoDb, TABLE);

/** Requests sent, and items they read or wrote (a batch's), per operation. */
const requests = new Map<string, { requests: number; items: number }>();
const counter: InitializeMiddleware<object, MetadataBearer> = (next, context) => (args) => {
  const counted = requests.get(context.commandName ?? '?') ?? { requests: 0, items: 0 };
  counted.requests++;
  counted.items += itemsOf(args.input as Record<string, unknown>);
  requests.set(context.commandName ?? '?', counted);
  return next(args);
};
clients.s3.middlewareStack.add(counter, { step: 'initialize', name: 'benchRequestCounter' });
clients.dynamoDb.middlewareStack.add(counter, { step: 'initialize', name: 'benchRequestCounter' });
const snapshot = () => new Map([...requests].map(([name, counted]) => [name, { ...counted }]));
function itemsOf(input: Record<string, unknown>): number {
  const batch = (input.RequestItems ?? null) as Record<string, unknown[] | { Keys: unknown[] }> | null;
  if (batch) return Object.values(batch).reduce<number>((sum, entry) => sum + (Array.isArray(entry) ? entry.length : entry.Keys.length), 0);
  if (Array.isArray(input.TransactItems)) return input.TransactItems.length;
  return 1;
}

const fixtures = readdirSync(FIXTURES).map((name) => ({ name, body: readFileSync(join(FIXTURES, name)) }));
const articleKey = (i: number, name: string) => `articles/${String(i).padStart(4, '0')}-${name}`;
await pMap(
  Array.from({ length: ARTICLES }, (_, i) => fixtures[i % fixtures.length]!),
  (fixture, i) => clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: articleKey(i, fixture.name), Body: fixture.body, Metadata: { published: '2024-10-25' } })),
  { concurrency: 16 },
);

interface Phase {
  label: string;
  seconds: number;
  cpuSeconds: number;
  summary: ReconcileSummary;
  requests: Map<string, { requests: number; items: number }>;
}
const phases: Phase[] = [];
async function phase(label: string, run: () => Promise<ReconcileSummary>) {
  requests.clear();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await run();
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  phases.push({ label, seconds, cpuSeconds: (user + system) / 1e6, summary, requests: snapshot() });
}

// The local command, as `npm start` and `npm run reextract` run it: one process, 4 objects at once.
await phase(`${ARTICLES} articles no event announced (reconcile)`, () => reconcileBucket(deps, BUCKET, { mode: 'reconcile', concurrency: CONCURRENCY }));
await phase(`the same ${ARTICLES} read again (--all)`, () => reconcileBucket(deps, BUCKET, { mode: 'all', concurrency: CONCURRENCY }));
await phase('reconcile with nothing to do', () => reconcileBucket(deps, BUCKET, { mode: 'reconcile', concurrency: CONCURRENCY }));
// The AWS job's shape in this one process: the listing in batches of 50, 4 batches at once, each
// reading 4 objects at once (16 in flight), as the Distributed Map hands them to the Lambda.
await phase(`--all in the AWS job's shape (batches of ${OBJECTS_PER_BATCH}, ${MAX_CONCURRENCY} at once)`, async () => {
  const objects = await listBucket(deps.listing, BUCKET);
  const batches = Array.from({ length: Math.ceil(objects.length / OBJECTS_PER_BATCH) }, (_, i) => objects.slice(i * OBJECTS_PER_BATCH, (i + 1) * OBJECTS_PER_BATCH));
  const summaries = await pMap(batches, (batch) => reconcileObjects(deps, BUCKET, batch, { mode: 'all', concurrency: CONCURRENCY }), { concurrency: MAX_CONCURRENCY });
  return summaries.reduce(addSummaries, emptySummary());
});

console.log(`Load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} cores.\n`);
console.log('| run | time | articles/s | CPU of this process per article | outcomes |\n|---|---|---|---|---|');
for (const { label, seconds, cpuSeconds, summary } of phases) {
  const read = Object.values(summary.reread).reduce((sum, n) => sum + n, 0);
  const rate = read ? `${(read / seconds).toFixed(1)} read` : `${(summary.objects / seconds).toFixed(0)} checked`;
  console.log(`| ${label} | ${seconds.toFixed(1)} s | ${rate} | ${read ? `${((cpuSeconds / read) * 1000).toFixed(1)} ms` : '–'} | ${JSON.stringify(summary.outcomes)} |`);
}

// Requests per article of one re-extract (--all, the local command), for the AWS estimate.
const all = phases[1]!;
const perArticle = all.summary.reread.all ?? ARTICLES;
console.log(`\nRequests of the --all run, per article read (${perArticle} articles):\n\n| operation | requests | items |\n|---|---|---|`);
for (const [name, counted] of [...all.requests].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`| ${name} | ${(counted.requests / perArticle).toFixed(2)} | ${(counted.items / perArticle).toFixed(2)} |`);
}

// The reference import alone, then again beside article ingest (on its own, as the local queue's
// lane and a Lambda instance of its own would run it), with the articles timed alone first.
const equipmentShared = Boolean(EQUIPMENT);
const equipment = EQUIPMENT ? readFileSync(EQUIPMENT) : syntheticEquipment();
await clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'reference/equipment.json', Body: equipment }));
const importReference = async () => {
  const started = performance.now();
  await ingestObject(deps, { type: 'created', bucket: BUCKET, key: 'reference/equipment.json', sequencer: String(Date.now()), eventTime: '' });
  return (performance.now() - started) / 1000;
};
const ingestArticles = async (from: number) => {
  const latencies: number[] = [];
  const started = performance.now();
  await pMap(
    Array.from({ length: BESIDE_IMPORT }, (_, i) => from + i),
    async (i) => {
      const one = performance.now();
      await ingestObject(deps, { type: 'created', bucket: BUCKET, key: articleKey(i % ARTICLES, fixtures[i % fixtures.length]!.name), sequencer: String(Date.now() * 1000 + i), eventTime: '' });
      latencies.push(performance.now() - one);
    },
    { concurrency: CONCURRENCY },
  );
  latencies.sort((a, b) => a - b);
  return { seconds: (performance.now() - started) / 1000, median: latencies[latencies.length >> 1]!, worst: latencies.at(-1)! };
};
requests.clear();
const importAlone = await importReference();
const importRequests = snapshot();
const articlesAlone = await ingestArticles(0);
const [importBeside, articlesBeside] = await Promise.all([importReference(), ingestArticles(BESIDE_IMPORT)]);
const points = parseReference('equipment.json', equipment.toString('utf8')).length;
console.log(`\n| reference import: the equipment series (${equipmentShared ? 'the shared file' : 'synthetic'}, ${points} points) | value |\n|---|---|`);
console.log(`| import alone | ${importAlone.toFixed(1)} s (${[...importRequests].map(([name, c]) => `${c.requests} ${name.replace(/Command$/, '')} of ${c.items} items`).join(', ')}) |`);
console.log(`| import beside ${BESIDE_IMPORT} article ingests | ${importBeside.toFixed(1)} s |`);
const describe = (run: { seconds: number; median: number; worst: number }) => `${run.seconds.toFixed(1)} s, median ${run.median.toFixed(0)} ms, worst ${run.worst.toFixed(0)} ms an article`;
console.log(`| ${BESIDE_IMPORT} article ingests alone | ${describe(articlesAlone)} |`);
console.log(`| ${BESIDE_IMPORT} article ingests beside the import | ${describe(articlesBeside)} |`);

destroy();
await Promise.all([s3.stop(), dynamoDb.stop()]);
rmSync(data, { recursive: true, force: true });

/** 1,600 daily reports of 13 categories: the size of the General Staff's equipment series. */
function syntheticEquipment(): Buffer {
  const fields = ['tank', 'APC', 'field artillery', 'MRL', 'aircraft', 'helicopter', 'drone', 'naval ship', 'anti-aircraft warfare', 'cruise missiles', 'submarines', 'vehicles and fuel tanks', 'special equipment'];
  const reports = Array.from({ length: 1600 }, (_, day) => ({
    date: new Date(Date.UTC(2022, 1, 25 + day)).toISOString().slice(0, 10),
    ...Object.fromEntries(fields.map((field, i) => [field, day * (i + 1)])),
  }));
  return Buffer.from(JSON.stringify(reports));
}
