import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ARTICLES_PREFIX, REFERENCE_PREFIX } from '../functions/objects/prefixes.js';
import { handlerFunction } from './bundling.js';
import type { Storage } from './storage.js';

/** Attempts per message before it goes to the dead-letter queue. */
export const MAX_RECEIVES = 5;
/** An article of the 5 MB limit is read and extracted in a few seconds; a minute leaves room for DynamoDB retries. */
const TIMEOUT = Duration.minutes(1);
/** The extractor is CPU-bound and Lambda's CPU grows with memory; 1 GB reads a typical article in milliseconds. */
const MEMORY_MB = 1024;
/** Bounds the write rate into DynamoDB and the cost of a flood of uploads. */
const MAX_CONCURRENCY = 5;

/** The ingest reads and writes items by key and queries partitions of the table itself, never an index. */
export const INGEST_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

/** Object events → SQS (with a dead-letter queue) → the ingest Lambda → the table. */
export class Ingest extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, storage: Storage) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new sqs.Queue(this, 'Events', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Lambda's guidance: at least six times the function timeout, so retries never overlap.
      visibilityTimeout: Duration.seconds(TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVES },
    });
    for (const prefix of [ARTICLES_PREFIX, REFERENCE_PREFIX]) {
      for (const event of [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED]) {
        storage.bucket.addEventNotification(event, new s3n.SqsDestination(this.queue), { prefix });
      }
    }

    this.function = handlerFunction(this, 'Function', {
      entry: 'functions/ingest/handler.ts',
      description: 'claimgraph ingest: S3 object events → articles and claims',
      memorySize: MEMORY_MB,
      timeout: TIMEOUT,
      environment: { TABLE_NAME: storage.table.tableName, MAX_RECEIVES: String(MAX_RECEIVES) },
    });
    this.function.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true, maxConcurrency: MAX_CONCURRENCY }),
    );
    // GetObject on the two prefixes it reads; ListBucket so a missing key answers NoSuchKey, not AccessDenied.
    this.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [storage.bucket.arnForObjects(`${ARTICLES_PREFIX}*`), storage.bucket.arnForObjects(`${REFERENCE_PREFIX}*`)] }),
    );
    this.function.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [storage.bucket.bucketArn] }));
    storage.grantTable(this.function, INGEST_TABLE_ACTIONS, { indexes: false });
  }
}
