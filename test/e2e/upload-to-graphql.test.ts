// The whole path, as a user takes it: an object dropped into S3 comes back as claims over GraphQL.
import { readFileSync } from 'node:fs';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localS3ClientConfig } from '../../local/aws-config.js';
import { freePort } from '../../local/ports.js';
import { startLocalStack, type LocalStack } from '../../local/stack.js';
import { graphql } from '../support/graphql.js';

let stack: LocalStack;
let s3: S3Client;

const ARTICLE_QUERY = `query ($id: ID!) {
  article(id: $id) {
    status error published publishedFrom language claimCount text
    claims {
      subject metric value kind period { kind start end } sourceGroup quote quoteStart quoteEnd verification officialValue
      evidence { attribute rule text start end }
    }
  }
}`;

async function put(key: string, body: string | Uint8Array, published?: string) {
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, Metadata: published ? { published } : undefined }));
  await stack.idle();
}
const article = async (id: string) => (await graphql(stack.graphqlUrl, ARTICLE_QUERY, { id })).article;

beforeAll(async () => {
  stack = await startLocalStack({
    s3Port: await freePort(),
    dynamoDbPort: await freePort(),
    graphqlPort: await freePort(),
    bucket: 'claimgraph-e2e',
    tableName: 'claimgraph-e2e',
    dataDirectory: null,
  });
  s3 = new S3Client(localS3ClientConfig(stack.s3Endpoint));
});

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

describe('from an S3 upload to a GraphQL answer', () => {
  it('extracts the claims of an uploaded article, with their quotes', async () => {
    await put('articles/daily update.txt', readFileSync('test/fixtures/articles/daily-update.txt'), '2024-10-25');
    const found = await article('articles/daily update.txt');
    expect(found).toMatchObject({ status: 'INGESTED', error: null, published: '2024-10-25', publishedFrom: 'metadata', claimCount: 10 });
    expect(found.claims).toContainEqual(
      expect.objectContaining({
        subject: 'Russia',
        metric: 'personnel',
        value: 1630,
        kind: 'LOSS',
        period: { kind: 'DAY', start: '2024-10-25', end: '2024-10-25' },
        sourceGroup: 'UA',
        quote: "Russia lost 1,630 troops, seven tanks, 34 artillery systems and 73 drones over the past 24 hours, Ukraine's General Staff said in its morning update on Friday.",
      }),
    );
    expect(found.claims).toContainEqual(expect.objectContaining({ metric: 'personnel', value: 685910, period: { kind: 'CUMULATIVE', start: '2022-02-24', end: '2024-10-25' } }));
    for (const claim of found.claims) expect(found.text.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
  });

  it('serves the language the article was read in, and the evidence for every attribute at its place in the text', async () => {
    const { language, text, claims } = await article('articles/daily update.txt');
    expect(language).toBe('en');
    for (const claim of claims) {
      const attributes = claim.evidence.map((e: any) => e.attribute);
      expect(attributes).toEqual(expect.arrayContaining(['SUBJECT', 'METRIC', 'QUALIFIER', 'KIND', 'SOURCE', ...(claim.kind === 'LOSS' ? ['PERIOD'] : [])]));
      for (const e of claim.evidence) {
        expect(e.rule.startsWith(`${e.attribute.toLowerCase()}.`)).toBe(true);
        expect(e.end).toBeGreaterThanOrEqual(e.start);
        expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    const day = claims.find((c: any) => c.value === 1630);
    expect(day.evidence).toContainEqual(expect.objectContaining({ attribute: 'PERIOD', rule: 'period.ownExpression', text: 'over the past 24 hours' }));
    expect(day.evidence).toContainEqual(expect.objectContaining({ attribute: 'SOURCE', text: "Ukraine's General Staff" }));
  });

  it('verifies claims against an official series dropped under reference/', async () => {
    await put('reference/general-staff.json', readFileSync('test/fixtures/reference/general-staff.json'));
    const { claims } = await article('articles/daily update.txt');
    expect(claims.find((c: any) => c.value === 1630)).toMatchObject({ verification: 'MATCHES', officialValue: 1630 });
    expect(claims.find((c: any) => c.value === 685910)).toMatchObject({ verification: 'MATCHES', officialValue: 685910 });
    expect(claims.find((c: any) => c.value === 9097)).toMatchObject({ verification: 'NO_REFERENCE' });
  });

  it('replaces the claims when the object is overwritten, and serves aggregates from them', async () => {
    await put('articles/daily update.txt', 'Russia lost 1,210 soldiers in the past day, the General Staff said.', '2024-10-26');
    const found = await article('articles/daily update.txt');
    expect(found.claims.map((c: any) => c.value)).toEqual([1210]);
    const { series, latestTotals } = await graphql(
      stack.graphqlUrl,
      `{ series(subject: "Russia", metric: PERSONNEL, from: "2024-10-25", to: "2024-10-26") { sourceGroup buckets { start value claimCount } }
         latestTotals(subject: "Russia") { metric value } }`,
    );
    expect(series).toEqual([
      {
        sourceGroup: 'UA',
        buckets: [
          { start: '2024-10-25', value: null, claimCount: 0 },
          { start: '2024-10-26', value: 1210, claimCount: 1 },
        ],
      },
    ]);
    expect(latestTotals).toEqual([]);
  });

  it('removes the claims when the object is deleted', async () => {
    await s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: 'articles/daily update.txt' }));
    await stack.idle();
    expect(await article('articles/daily update.txt')).toMatchObject({ status: 'DELETED', claims: [], text: null });
  });

  it('records a binary file as FAILED with a reason, without retrying it', async () => {
    await put('articles/photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    expect(await article('articles/photo.txt')).toMatchObject({ status: 'FAILED', error: expect.stringContaining('binary'), claims: [] });
    expect(stack.deadLetters).toEqual([]);
  });
});
