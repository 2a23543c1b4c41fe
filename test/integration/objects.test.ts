// The S3 object reader against s3rver over HTTP.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectReader } from '../../functions/objects/s3-object-reader.js';
import { createTestBucket, localS3Client } from '../support/local-aws.js';

const client = localS3Client();
let bucket: string;

beforeAll(async () => {
  bucket = await createTestBucket(client, 'objects');
});
afterAll(() => client.destroy());

describe('S3ObjectReader', () => {
  it('reads the bytes, metadata and content type of an object', async () => {
    const body = 'Russia lost 1,000 soldiers — Kyiv\n';
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'articles/a b.txt', Body: body, ContentType: 'text/plain', Metadata: { published: '2024-10-25' } }));
    const object = await new S3ObjectReader(client).read(bucket, 'articles/a b.txt');
    expect(new TextDecoder().decode(object!.bytes)).toBe(body);
    expect(object).toMatchObject({ metadata: { published: '2024-10-25' }, contentType: 'text/plain', size: Buffer.byteLength(body) });
  });

  it('answers null for an object that no longer exists', async () => {
    expect(await new S3ObjectReader(client).read(bucket, 'articles/missing.txt')).toBeNull();
  });
});
