import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { localAwsEnvironment, localClientConfig, localS3ClientConfig } from './aws-config.js';
import { startDynamoDbLocal } from './dynamodb.js';
import { offlineGraphiql } from './graphiql.js';
import { graphqlListener } from './graphql-server.js';
import { startLocalS3, type S3Notification } from './s3.js';
import { ensureTable } from '../functions/store/create-table.js';
import { encodeKey } from '../functions/ingest/s3-events.js';
import { createApiContext, createApiServer } from '../functions/api/server.js';
import { dynamoLedgerReader } from '../functions/store/dynamo/index.js';
import { createLogger } from '../functions/shared/logger.js';
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

export interface LocalDeadLetter {
  messageId: string;
  body: string;
  attempts: number;
}

export interface LocalStack {
  graphqlUrl: string;
  workbenchUrl: string;
  s3Endpoint: string;
  dynamoDbEndpoint: string;
  bucket: string;
  deadLetters: LocalDeadLetter[];
  /** Resolves once every object event so far has been ingested (or dead-lettered). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const logger = createLogger('claimgraph-local');

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

  return {
    graphqlUrl: `${web.url}/graphql`,
    workbenchUrl: `${web.url}/`,
    s3Endpoint: s3.endpoint,
    dynamoDbEndpoint: dynamoDb.endpoint,
    bucket: options.bucket,
    deadLetters: queue.deadLetters,
    idle: () => queue.idle(),
    async stop() {
      await queue.idle();
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

/**
 * A stand-in for the SQS queue and its Lambda trigger: one message at a time, in order; a failed
 * message is redelivered with a growing delay until maxReceives, then dead-lettered.
 */
class LocalQueue {
  readonly deadLetters: LocalDeadLetter[] = [];
  private readonly pending: Array<{ messageId: string; body: string; receives: number }> = [];
  private draining: Promise<void> | null = null;

  constructor(
    private readonly deliver: (event: SQSEvent) => Promise<SQSBatchResponse | void>,
    private readonly maxReceives: number,
  ) {}

  send(body: string) {
    this.pending.push({ messageId: randomUUID(), body, receives: 0 });
    this.draining ??= this.drain().finally(() => (this.draining = null));
  }

  async idle() {
    while (this.draining) await this.draining;
  }

  private async drain() {
    for (let message = this.pending.shift(); message; message = this.pending.shift()) {
      message.receives++;
      let failed: boolean;
      try {
        const response = await this.deliver({ Records: [sqsRecord(message)] });
        failed = Boolean(response?.batchItemFailures.some((f) => f.itemIdentifier === message.messageId));
      } catch (error) {
        logger.error('ingest handler threw', { messageId: message.messageId, error: (error as Error).message });
        failed = true;
      }
      if (!failed) continue;
      if (message.receives >= this.maxReceives) {
        logger.error('message moved to the local dead-letter list', { messageId: message.messageId, attempts: message.receives });
        this.deadLetters.push({ messageId: message.messageId, body: message.body, attempts: message.receives });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** (message.receives - 1)));
      this.pending.unshift(message);
    }
  }
}

function sqsRecord(message: { messageId: string; body: string; receives: number }): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receives),
      SentTimestamp: now,
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:claimgraph-local',
    awsRegion: 'us-east-1',
  };
}
