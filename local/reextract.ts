// npm run reextract [-- --all | --reconcile] [--stack NAME] [--s3-port N] [--dynamodb-port N] [--bucket NAME] [--concurrency N]
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { reconcileBucket, type ReconcileSummary } from '../functions/reconcile/reconcile.js';
import type { ReconcileMode } from '../functions/reconcile/plan.js';
import { failWith, reachError } from './cli-errors.js';
import { localReconcileDeps } from './ingest-deps.js';
import { describeSummary } from './reconcile-report.js';
import { reextractInAws } from './reextract-aws.js';

const USAGE = `usage: npm run reextract -- [--all | --reconcile] [--stack NAME] [--s3-port N] [--dynamodb-port N] [--bucket NAME] [--concurrency N]
  (default) read again what the bucket and the table disagree on, and every article an older extractor read
  --all        read every object again
  --reconcile  only what the bucket and the table disagree on (lost events, crashes)
  --stack NAME run it in AWS, on the deployed stack's Step Functions job`;

// The progress bar and the summary say what happened; each article's INFO line would bury them.
process.env.LOG_LEVEL ??= 'WARN';

let parsed;
try {
  parsed = parseArgs({
    options: {
      all: { type: 'boolean', default: false },
      reconcile: { type: 'boolean', default: false },
      stack: { type: 'string' },
      's3-port': { type: 'string', default: process.env.CLAIMGRAPH_S3_PORT ?? '4569' },
      'dynamodb-port': { type: 'string', default: process.env.CLAIMGRAPH_DYNAMODB_PORT ?? '8000' },
      bucket: { type: 'string', default: process.env.CLAIMGRAPH_BUCKET ?? 'claimgraph-articles' },
      concurrency: { type: 'string', default: '4' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  failWith(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values } = parsed;
if (values.help) failWith(USAGE, 0);
if (values.all && values.reconcile) failWith(`--all and --reconcile exclude each other\n${USAGE}`, 2);
const mode: ReconcileMode = values.all ? 'all' : values.reconcile ? 'reconcile' : 'outdated';
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) failWith(`--concurrency must be a whole number of 1 or more, not "${values.concurrency}"`, 2);

if (values.stack) {
  await reextractInAws(values.stack, mode);
} else {
  printSummary(await reextractLocally());
}

async function reextractLocally(): Promise<ReconcileSummary> {
  const s3Endpoint = `http://127.0.0.1:${values['s3-port']}`;
  const dynamoDbEndpoint = `http://127.0.0.1:${values['dynamodb-port']}`;
  // The table `npm start` makes (local/start.ts).
  const { deps, destroy } = localReconcileDeps({ s3Endpoint, dynamoDbEndpoint, tableName: 'claimgraph' });
  try {
    // One small read first, so a stack that is not running is said in one line.
    await deps.store.statesOf(['articles/']);
  } catch (error) {
    failWith((error as Error).name === 'ResourceNotFoundException' ? `DynamoDB at ${dynamoDbEndpoint} has no claimgraph table: is it \`npm start\`'s?` : reachError(error, dynamoDbEndpoint));
  }
  const bar = new SingleBar({ format: 'reading [{bar}] {value}/{total} objects  {rate}/s', hideCursor: true }, Presets.shades_classic);
  const started = Date.now();
  let done = 0;
  try {
    return await reconcileBucket(deps, values.bucket, {
      mode,
      concurrency,
      onListed: (objects) => bar.start(objects, 0, { rate: '0' }),
      onObject: () => bar.update(++done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) }),
    });
  } catch (error) {
    bar.stop();
    return failWith(reachError(error, s3Endpoint, values.bucket));
  } finally {
    bar.stop();
    destroy();
  }
}

function printSummary(summary: ReconcileSummary) {
  for (const line of describeSummary(summary)) console.log(line);
  if (summary.errors.length) process.exitCode = 1;
}
