import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ObjectLister } from '../functions/objects/s3-object-lister.js';
import { S3ObjectReader } from '../functions/objects/s3-object-reader.js';
import type { ReconcileDeps } from '../functions/reconcile/reconcile.js';
import { createLogger } from '../functions/shared/logger.js';
import { dynamoIngestStore } from '../functions/store/dynamo/index.js';
import { localClientConfig, localS3ClientConfig } from './aws-config.js';

/** The ingest's adapters on the local servers, for reconciling from this process. */
export function localReconcileDeps(options: { s3Endpoint: string; dynamoDbEndpoint: string; tableName: string }) {
  const s3 = new S3Client({ ...localS3ClientConfig(options.s3Endpoint), maxAttempts: 2 });
  const dynamoDb = new DynamoDBClient({ ...localClientConfig(options.dynamoDbEndpoint), maxAttempts: 2 });
  const deps: ReconcileDeps & { listing: S3ObjectLister } = {
    objects: new S3ObjectReader(s3),
    listing: new S3ObjectLister(s3),
    store: dynamoIngestStore({ client: dynamoDb, tableName: options.tableName }),
    now: () => new Date(),
    logger: createLogger('claimgraph-reconcile'),
  };
  return {
    deps,
    clients: { s3, dynamoDb },
    destroy() {
      s3.destroy();
      dynamoDb.destroy();
    },
  };
}
