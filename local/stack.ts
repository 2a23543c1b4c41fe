import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { localAwsEnvironment, localClientConfig, localS3ClientConfig } from './aws-config.js';
import { startDynamoDbLocal } from './dynamodb.js';
import { offlineGraphiql } from './graphiql.js';
import { graphqlListener } from './graphql-server.js';
import { localReconcileDeps } from './ingest-deps.js';
import { LocalQueue, type LocalDeadLetter } from './queue.js';
import { startLocalS3, type S3Notification } from './s3.js';
import { ensureTable } from '../functions/store/create-table.js';
import { encodeKey } from '../functions/ingest/s3-events.js';
import { createApiContext, createApiServer } from '../functions/api/server.js';
import { dynamoLedgerReader } from '../functions/store/dynamo/index.js';
import { reconcileBucket, type ReconcileSummary } from '../functions/reconcile/reconcile.js';
import { buildWorkbench } from '../web/build.js';
import { createWorkbenchApp, listenOnLoopback } from '../web/server/app.js';
import { s3Uploader } from '../web/server/uploads.js';

export interface LocalStackOptions {
  s3Port: number;
  dynamoDbPort: number;
  graphqlPort: number;
  bucket: string;
  tableName: string;
  /** Where data persists; null keeps DynamoDB in memory and S3 in a temporary folder. */
  dataDirectory: string | null;
  /** Attempts per message before it goes to the dead-letter list (as the queue's maxReceiveCount). */
  maxReceives?: number;
}

export type { LocalDeadLetter } from './queue.js';

export interface LocalStack {
  graphqlUrl: string;
  workbenchUrl: string;
  s3Endpoint: string;
  dynamoDbEndpoint: string;
  bucket: string;
  deadLetters: LocalDeadLetter[];
  /**
   * What reconciling the bucket with the table found at start: objects whose events a crash
   * (or a stop) lost are read now, articles of objects deleted meanwhile removed.
   */
  reconciled: Promise<ReconcileSummary | null>;
  /** Resolves once the start's reconciling and every object event so far are done (or dead-lettered). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Objects read at once while reconciling at start, beside the queue's own lanes. */
const RECONCILE_CONCURRENCY = 2;

/**
 * The whole system on loopback: DynamoDB Local, s3rver, the real ingest handler fed with
 * exactly the SQS messages AWS would send it, and the real GraphQL server.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const maxReceives = options.maxReceives ?? 3;
  // Built while the servers start: it costs no time of its own.
  const assets = buildWorkbench();
  const [dynamoDb, s3] = await Promise.all([
    startDynamoDbLocal({ port: options.dynamoDbPort, directory: options.dataDirectory ? join(options.dataDirectory, 'dynamodb') : undefined }),
    startLocalS3({ port: options.s3Port, buckets: [options.bucket], directory: options.dataDirectory ? join(options.dataDirectory, 's3') : undefined }),
  ]);
  // The handlers build their AWS clients from the environment, exactly as in Lambda.
  Object.assign(process.env, localAwsEnvironment({ dynamodb: dynamoDb.endpoint, s3: s3.endpoint }), {
    TABLE_NAME: options.tableName,
    MAX_RECEIVES: String(maxReceives),
  });
  const dynamoDbClient = new DynamoDBClient(localClientConfig(dynamoDb.endpoint));
  await ensureTable(dynamoDbClient, options.tableName);
  const { handler } = await import('../functions/ingest/handler.js');

  const queue = new LocalQueue((event) => handler(event), maxReceives);
  s3.onObjectEvent((notification) => queue.send(sqsBody(notification)));
  // AWS sends this once when the bucket's notifications are configured.
  queue.send(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: new Date().toISOString(), Bucket: options.bucket }));

  const reader = dynamoLedgerReader({ client: dynamoDbClient, tableName: options.tableName });
  const server = createApiServer({ introspection: true, plugins: [offlineGraphiql(`http://127.0.0.1:${options.graphqlPort}/graphql`)] });
  await server.start();
  const s3Client = new S3Client(localS3ClientConfig(s3.endpoint));
  const web = await listenOnLoopback(
    createWorkbenchApp({ assets: await assets, graphql: graphqlListener(server, async () => createApiContext(reader)), uploader: s3Uploader(s3Client, options.bucket) }),
    options.graphqlPort,
  );

  // The queue lives in this process's memory: whatever it held when the last run stopped is
  // found again by comparing the bucket with the table (the same job as `npm run reextract`).
  const reconciler = localReconcileDeps({ s3Endpoint: s3.endpoint, dynamoDbEndpoint: dynamoDb.endpoint, tableName: options.tableName });
  const reconciled = reconcileBucket(reconciler.deps, options.bucket, { mode: 'reconcile', concurrency: RECONCILE_CONCURRENCY }).catch((error) => {
    reconciler.deps.logger.error('could not reconcile the bucket with the table; run npm run reextract -- --reconcile', { error: (error as Error).message });
    return null;
  });
  const idle = async () => {
    await reconciled;
    await queue.idle();
  };

  return {
    graphqlUrl: `${web.url}/graphql`,
    workbenchUrl: `${web.url}/`,
    s3Endpoint: s3.endpoint,
    dynamoDbEndpoint: dynamoDb.endpoint,
    bucket: options.bucket,
    deadLetters: queue.deadLetters,
    reconciled,
    idle,
    async stop() {
      await idle();
      reconciler.destroy();
      await web.close();
      await server.stop();
      dynamoDbClient.destroy();
      s3Client.destroy();
      await Promise.all([s3.stop(), dynamoDb.stop()]);
    },
  };
}

/** An s3rver event as S3 sends it to SQS: notification version 2.1, keys URL-encoded. */
function sqsBody(notification: S3Notification): string {
  const Records = notification.Records.map((record) => {
    const s3 = record.s3 as { object: { key: string } & Record<string, unknown> } & Record<string, unknown>;
    return { ...record, eventVersion: '2.1', s3: { ...s3, object: { ...s3.object, key: encodeKey(s3.object.key) } } };
  });
  return JSON.stringify({ Records });
}
