// The ingest Lambda: a batch of SQS messages, each an S3 notification → articles and claims.
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { S3ObjectReader } from '../objects/s3-object-reader.js';
import { createLogger } from '../shared/logger.js';
import { dynamoIngestStore } from '../store/dynamo/index.js';
import { processBatch } from './batch.js';

const logger = createLogger('claimgraph-ingest');
const store = dynamoIngestStore({ client: new DynamoDBClient({}), tableName: process.env.TABLE_NAME ?? '' });
// Path-style addressing is what local S3-compatible servers need; in AWS no endpoint is set.
const objects = new S3ObjectReader(
  new S3Client({
    forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }),
);

export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  if (context) logger.addContext(context);
  return processBatch(event, {
    objects,
    store,
    now: () => new Date(),
    logger,
    maxReceives: Number(process.env.MAX_RECEIVES) || 5,
  });
};
