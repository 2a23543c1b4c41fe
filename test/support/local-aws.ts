import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client, CreateBucketCommand } from '@aws-sdk/client-s3';
import { localClientConfig, localS3ClientConfig } from '../../local/aws-config.js';

/** Real SDK clients talking HTTP to the run's DynamoDB Local and s3rver. */
export const localDynamoDbClient = () => new DynamoDBClient(localClientConfig(inject('dynamoDbEndpoint')));
export const localS3Client = () => new S3Client(localS3ClientConfig(inject('s3Endpoint')));

/** A name no other test file uses, for a table or bucket of its own. */
export const uniqueName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createTestBucket(client: S3Client, prefix = 'test'): Promise<string> {
  const bucket = uniqueName(prefix);
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return bucket;
}
