// Reconciling the bucket with the table on the real servers: lost events, crashes, old extractors.
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../functions/core/article.js';
import { EXTRACTOR_VERSION } from '../../functions/extractor/version.js';
import { S3ObjectLister } from '../../functions/objects/s3-object-lister.js';
import { S3ObjectReader } from '../../functions/objects/s3-object-reader.js';
import { reconcileBucket, type ReconcileDeps } from '../../functions/reconcile/reconcile.js';
import { ensureTable } from '../../functions/store/create-table.js';
import { dynamoIngestStore } from '../../functions/store/dynamo/index.js';
import type { IngestStore } from '../../functions/store/write-port.js';
import { createTestBucket, localDynamoDbClient, localS3Client, uniqueName } from '../support/local-aws.js';

const s3 = localS3Client();
const dynamoDb = localDynamoDbClient();
let bucket: string;
let store: IngestStore;
let deps: ReconcileDeps & { listing: S3ObjectLister };

const put = (key: string, body: string) => s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, Metadata: { published: '2024-10-25' } }));
const run = (mode: 'reconcile' | 'outdated' | 'all') => reconcileBucket(deps, bucket, { mode, concurrency: 3 });
const article = (id: string) => store.getArticle(id);

beforeAll(async () => {
  bucket = await createTestBucket(s3, 'reconcile');
  const tableName = uniqueName('reconcile');
  await ensureTable(dynamoDb, tableName);
  store = dynamoIngestStore({ client: dynamoDb, tableName });
  deps = { objects: new S3ObjectReader(s3), listing: new S3ObjectLister(s3), store, now: () => new Date('2024-10-25T12:00:00Z'), logger: new Logger({ logLevel: 'SILENT' }) };
});

describe('reconciling the bucket with the table', () => {
  it('reads the objects whose events were lost, and then finds everything up to date', async () => {
    await put('articles/a.txt', 'Russia lost 1,630 soldiers in the past day, the General Staff said.');
    await put('articles/b.txt', 'Russia lost 7 tanks in the past day, the General Staff said.');
    await put('reference/gs.json', JSON.stringify([{ date: '2024-10-25', personnel: 685910 }]));
    const first = await run('reconcile');
    expect(first).toMatchObject({ objects: 3, upToDate: 0, reread: { missing: 2 }, references: 1, outcomes: { ingested: 2, reference: 1 }, errors: [] });
    expect(await article('articles/a.txt')).toMatchObject({ status: 'INGESTED', claimCount: 1, extractorVersion: EXTRACTOR_VERSION, etag: expect.any(String) });
    expect(await run('reconcile')).toMatchObject({ objects: 3, upToDate: 3, reread: {}, references: 0, removed: 0 });
  });

  it('reads again an object overwritten while no event came, and removes the article of one deleted', async () => {
    await put('articles/a.txt', 'Russia lost 1,710 soldiers and 9 tanks in the past day, the General Staff said.');
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'articles/b.txt' }));
    expect(await run('reconcile')).toMatchObject({ reread: { changed: 1 }, removed: 1 });
    expect(await article('articles/a.txt')).toMatchObject({ status: 'INGESTED', claimCount: 2 });
    expect(await article('articles/b.txt')).toMatchObject({ status: 'DELETED', claimCount: 0 });
  });

  it('reads again an article an older extractor read, when asked to', async () => {
    const current = (await article('articles/a.txt'))!;
    const old: Article = { ...current, extractorVersion: EXTRACTOR_VERSION - 1, claimCount: 0 };
    expect(await store.saveArticle(old, [])).toBe('applied');
    expect(await run('reconcile')).toMatchObject({ upToDate: 2, outdated: 1, reread: {} });
    expect(await run('outdated')).toMatchObject({ reread: { outdated: 1 }, outcomes: { ingested: 1 } });
    expect(await article('articles/a.txt')).toMatchObject({ extractorVersion: EXTRACTOR_VERSION, claimCount: 2 });
    expect(await run('all')).toMatchObject({ reread: { all: 1 }, references: 1 });
  });
});
