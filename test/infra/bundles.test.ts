// The Lambda functions run bundles, not our sources: infra/bundling.ts swaps some dependency
// modules and leaves others out. These tests build with exactly those options and run the result.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, inject, it } from 'vitest';
import { buildHandler } from '../../infra/bundling.js';
import { localAwsEnvironment } from '../../local/aws-config.js';
import { ensureTable } from '../../functions/store/create-table.js';
import { dynamoIngestStore } from '../../functions/store/dynamo/index.js';
import type { readDocument as ReadDocument } from '../../functions/document/document.js';
import { createTestBucket, localDynamoDbClient, localS3Client, uniqueName } from '../support/local-aws.js';

function bundle(entry: string): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'claimgraph-bundle-')), 'index.cjs');
  buildHandler(entry, outfile);
  return outfile;
}

describe('the shipped document reader', () => {
  it('reads an HTML article with styles, entities and page furniture', () => {
    const readDocument: typeof ReadDocument = createRequire(import.meta.url)(bundle('functions/document/document.ts')).readDocument;
    const html = `<!doctype html><html><head><title>Kyiv &amp; London | Russia loses 1,180 troops</title>
      <style>article { color: #222 } .ad { display: none }</style>
      <meta property="og:site_name" content="The Ledger">
      <meta property="article:published_time" content="2024-10-25T08:00:00Z"></head>
      <body><nav>Home World Sport</nav><article><h1>Russia loses 1,180 troops</h1>
      <p style="margin: 0">Russia lost 1,180 troops &mdash; and nine tanks &#8212; over the past day, the General Staff said on Friday.</p>
      <p>The daily figures are published by the military every morning and are quoted widely by the press.</p></article>
      <footer>Subscribe now</footer></body></html>`;
    const doc = readDocument({ bytes: new TextEncoder().encode(html), name: 'page.html' });
    expect(doc).toMatchObject({ ok: true, format: 'html', outlet: 'The Ledger', published: '2024-10-25' });
    expect(doc.ok && doc.text).toContain('Russia lost 1,180 troops — and nine tanks — over the past day');
    expect(doc.ok && doc.text).not.toContain('Subscribe');
  });
});

/**
 * Requires both bundles and calls their handlers as Lambda would, in a process that runs from an
 * empty directory with nothing to resolve modules from: what is not in a bundle cannot be found.
 */
const RUN_HANDLERS = `
const [ingestFile, apiFile, sqsEvent, httpEvent, badEvent] = process.argv.slice(1);
(async () => {
  const ingest = await require(ingestFile).handler(JSON.parse(sqsEvent));
  const api = await require(apiFile).handler(JSON.parse(httpEvent), { awsRequestId: 'test' });
  const bad = await require(apiFile).handler(JSON.parse(badEvent), { awsRequestId: 'test' });
  process.stdout.write(JSON.stringify({ ingest, api, bad }));
})().catch((error) => { console.error(error); process.exit(1); });`;

describe('the shipped handlers', () => {
  it('ingest an HTML article from S3 and answer a GraphQL query about it (and invalid JSON with a JSON error), with nothing outside their bundles', async () => {
    const [dynamoDb, s3] = [localDynamoDbClient(), localS3Client()];
    const tableName = uniqueName('bundles');
    const bucket = await createTestBucket(s3, 'bundles');
    await ensureTable(dynamoDb, tableName);
    const key = 'articles/moscow-briefing.html';
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: readFileSync('test/fixtures/articles/moscow-briefing.html'), Metadata: { published: '2024-10-25' } }));

    const notification = { Records: [{ eventName: 'ObjectCreated:Put', eventTime: new Date().toISOString(), s3: { bucket: { name: bucket }, object: { key, sequencer: '01' } } }] };
    const sqsEvent = { Records: [{ messageId: 'm1', receiptHandle: 'm1', body: JSON.stringify(notification), attributes: { ApproximateReceiveCount: '1' }, eventSource: 'aws:sqs' }] };
    const query = `{ article(id: ${JSON.stringify(key)}) { status format claimCount claims { value } } }`;
    const httpEvent = {
      version: '2.0',
      routeKey: 'POST /graphql',
      rawPath: '/graphql',
      rawQueryString: '',
      headers: { 'content-type': 'application/json' },
      requestContext: { http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } },
      body: JSON.stringify({ query }),
      isBase64Encoded: false,
    };
    const env = { PATH: process.env.PATH, TABLE_NAME: tableName, LOG_LEVEL: 'ERROR', ...localAwsEnvironment({ dynamodb: inject('dynamoDbEndpoint'), s3: inject('s3Endpoint') }) };
    const bundles = [bundle('functions/ingest/handler.ts'), bundle('functions/api/handler.ts')];
    const badEvent = { ...httpEvent, body: '{"query": "{ articles' };
    const output = execFileSync(process.execPath, ['-e', RUN_HANDLERS, ...bundles, JSON.stringify(sqsEvent), JSON.stringify(httpEvent), JSON.stringify(badEvent)], {
      cwd: mkdtempSync(join(tmpdir(), 'claimgraph-lambda-')),
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { ingest, api, bad } = JSON.parse(output);

    expect(ingest).toEqual({ batchItemFailures: [] });
    expect(api.statusCode).toBe(200);
    const { data } = JSON.parse(api.body);
    expect(data.article).toMatchObject({ status: 'INGESTED', format: 'HTML' });
    expect(data.article.claimCount).toBeGreaterThan(0);
    expect(data.article.claims).toHaveLength(data.article.claimCount);
    expect(bad).toMatchObject({ statusCode: 400, headers: { 'content-type': expect.stringMatching(/^application\/json/) } });
    expect(JSON.parse(bad.body)).toEqual({ errors: [{ message: expect.stringMatching(/^the request body is not valid JSON/), extensions: { code: 'BAD_REQUEST' } }] });
    dynamoDb.destroy();
    s3.destroy();
  });
});

/** Calls the reconcile bundle as the Step Functions job does: a batch of the listing, then the removal of orphans. */
const RUN_RECONCILE = `
const [file, batch, orphans] = process.argv.slice(1);
(async () => {
  const { handler } = require(file);
  const objects = await handler(JSON.parse(batch), { awsRequestId: 'test' });
  const removed = await handler(JSON.parse(orphans), { awsRequestId: 'test' });
  process.stdout.write(JSON.stringify({ objects, removed }));
})().catch((error) => { console.error(error); process.exit(1); });`;

describe('the shipped reconcile handler', () => {
  it('reads a batch of the bucket listing as the Distributed Map hands it over, then removes the articles of deleted objects', async () => {
    const [dynamoDb, s3] = [localDynamoDbClient(), localS3Client()];
    const tableName = uniqueName('bundles');
    const bucket = await createTestBucket(s3, 'bundles');
    await ensureTable(dynamoDb, tableName);
    const { ETag } = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'articles/kyiv.txt', Body: 'Russia lost 1,630 soldiers in the past day, the General Staff said.', Metadata: { published: '2024-10-25' } }));
    // The listing as S3's ListObjectsV2 gives it, narrowed by the map's item selector; one key is already gone.
    const batch = { Items: [{ Key: 'articles/kyiv.txt', Etag: ETag, mode: 'reconcile' }], BatchInput: { bucket } };
    const env = { PATH: process.env.PATH, TABLE_NAME: tableName, LOG_LEVEL: 'ERROR', ...localAwsEnvironment({ dynamodb: inject('dynamoDbEndpoint'), s3: inject('s3Endpoint') }) };
    const output = execFileSync(process.execPath, ['-e', RUN_RECONCILE, bundle('functions/reconcile/handler.ts'), JSON.stringify(batch), JSON.stringify({ task: 'orphans', bucket })], {
      cwd: mkdtempSync(join(tmpdir(), 'claimgraph-lambda-')),
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(JSON.parse(output)).toEqual({ objects: null, removed: { objects: 1, removed: 0 } });
    const store = dynamoIngestStore({ client: dynamoDb, tableName });
    expect(await store.getArticle('articles/kyiv.txt')).toMatchObject({ status: 'INGESTED', claimCount: 1 });
    dynamoDb.destroy();
    s3.destroy();
  });
});
