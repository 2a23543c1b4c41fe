// The reconcile Lambda, run by the Step Functions job (infra/reextract.ts): a batch of the bucket
// listing from its Distributed Map, then once the removal of articles whose objects are gone.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { Context } from 'aws-lambda';
import { S3ObjectLister } from '../objects/s3-object-lister.js';
import { S3ObjectReader } from '../objects/s3-object-reader.js';
import { createLogger } from '../shared/logger.js';
import { dynamoIngestStore } from '../store/dynamo/index.js';
import { RECONCILE_MODES, type ReconcileMode } from './plan.js';
import { listBucket, reconcileObjects, removeOrphans, type ReconcileDeps } from './reconcile.js';

/** What the Distributed Map's item batcher sends: S3 listing items, each with the run's mode. */
export interface ObjectsBatch {
  Items: Array<{ Key: string; Etag?: string; mode: ReconcileMode }>;
  BatchInput: { bucket: string };
}
export interface OrphansTask {
  task: 'orphans';
  bucket: string;
}

/** Objects of one batch read at once. */
const CONCURRENCY = 4;

/** Thrown after the whole batch was tried when some objects failed transiently: Step Functions retries the batch and counts it. */
export class ReconcileBatchError extends Error {
  override readonly name = 'ReconcileBatchError';
}

const logger = createLogger('claimgraph-reconcile');
const s3 = new S3Client({
  forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
});
const deps: ReconcileDeps = {
  objects: new S3ObjectReader(s3),
  store: dynamoIngestStore({ client: new DynamoDBClient({}), tableName: process.env.TABLE_NAME ?? '' }),
  now: () => new Date(),
  logger,
};

export const handler = async (event: ObjectsBatch | OrphansTask, context?: Context) => {
  if (context) logger.addContext(context);
  if ('task' in event) {
    const objects = await listBucket(new S3ObjectLister(s3), event.bucket);
    const keys = new Set(objects.map((object) => object.key));
    const summary = await removeOrphans(deps, event.bucket, (key) => keys.has(key), CONCURRENCY);
    logger.info('removed the articles of deleted objects', { removed: summary.removed, errors: summary.errors.length });
    if (summary.errors.length) throw new ReconcileBatchError(`${summary.errors.length} articles could not be removed: ${summary.errors[0]!.error}`);
    return { objects: objects.length, removed: summary.removed };
  }
  const { bucket } = event.BatchInput;
  const mode = event.Items[0]?.mode ?? 'reconcile';
  if (!RECONCILE_MODES.includes(mode)) throw new Error(`mode must be one of ${RECONCILE_MODES.join(', ')}, not "${mode}"`);
  const objects = event.Items.map((item) => ({ key: item.Key, etag: item.Etag ?? null }));
  const summary = await reconcileObjects(deps, bucket, objects, { mode, concurrency: CONCURRENCY });
  logger.info('reconciled a batch', { objects: summary.objects, upToDate: summary.upToDate, reread: summary.reread, references: summary.references, outcomes: summary.outcomes });
  if (summary.errors.length) throw new ReconcileBatchError(`${summary.errors.length} of ${objects.length} objects failed: ${summary.errors[0]!.key}: ${summary.errors[0]!.error}`);
  // Nothing back: a run of thousands of batches must stay within Step Functions' 256 KB of state.
  return null;
};
