// The aggregates an analyst reads, on articles of our own that reproduce each case of issue 12,
// put into s3rver and read by the real ingest into DynamoDB Local.
import { readFileSync } from 'node:fs';
import { Logger } from '@aws-lambda-powertools/logger';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext, createApiServer } from '../../functions/api/server.js';
import { ingestObject, type IngestDeps } from '../../functions/ingest/ingest.js';
import { S3ObjectReader } from '../../functions/objects/s3-object-reader.js';
import { ensureTable } from '../../functions/store/create-table.js';
import { dynamoIngestStore, dynamoLedgerReader } from '../../functions/store/dynamo/index.js';
import type { LedgerReader } from '../../functions/store/read-port.js';
import { createTestBucket, localDynamoDbClient, localS3Client, uniqueName } from '../support/local-aws.js';
import { recordCommands } from '../support/recording-client.js';

const dynamoDb = localDynamoDbClient();
const sent = recordCommands(dynamoDb);
const s3 = localS3Client();
const server = createApiServer({ introspection: false });
let bucket: string;
let deps: IngestDeps;
let reader: LedgerReader;
let sequence = 0;

/** Our fixture articles and the publication date each is uploaded with (none: the date is read from the text, or guessed). */
const ARTICLES: Array<[name: string, published: string | null]> = [
  ['confirmed-names', '2024-01-23'],
  ['more-than-a-thousand', '2024-03-27'],
  ['exactly-1030', '2024-03-27'],
  ['sept-30-tally', '2024-09-30'],
  ['oct-31-tally', '2024-10-31'],
  ['nov-30-tally', '2024-11-30'],
  ['november-review', '2024-12-03'],
  ['dated-by-report', null],
  ['undated-upload', null],
];
const GS = 'General Staff of the Armed Forces of Ukraine';

async function upload(key: string, body: string | Uint8Array, published: string | null) {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, Metadata: published ? { published } : undefined }));
  sequence++;
  await ingestObject(deps, { type: 'created', bucket, key, sequencer: String(sequence).padStart(4, '0'), eventTime: new Date().toISOString() });
}
const fixture = (name: string) => readFileSync(`test/fixtures/aggregates/${name}.txt`);

async function query(source: string) {
  sent.length = 0;
  const response = await server.executeOperation({ query: source }, { contextValue: createApiContext(reader) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors) throw new Error(errors.map((e) => e.message).join('; '));
  return { data: data as any, requests: [...sent] };
}
const series = (args: string, fields = 'start value min max basis coverage') => query(`{ series(subject: "Russia", metric: PERSONNEL, ${args}) { sourceGroup source buckets { ${fields} } } }`);

// Ten ingests through the extractor: on a loaded machine they can take longer than the default hook timeout.
beforeAll(async () => {
  const tableName = uniqueName('aggregates');
  await ensureTable(dynamoDb, tableName);
  bucket = await createTestBucket(s3, 'aggregates');
  deps = { objects: new S3ObjectReader(s3), store: dynamoIngestStore({ client: dynamoDb, tableName }), now: () => new Date(), logger: new Logger({ logLevel: 'SILENT' }) };
  reader = dynamoLedgerReader({ client: dynamoDb, tableName });
  for (const [name, published] of ARTICLES) await upload(`articles/${name}.txt`, fixture(name), published);
  const reports = [['2024-03-25', 437200], ['2024-03-26', 438160], ['2024-03-27', 439190]].map(([date, personnel]) => ({ date, personnel }));
  await upload('reference/general-staff.json', JSON.stringify(reports), null);
  await server.start();
}, 300_000);
afterAll(() => {
  dynamoDb.destroy();
  s3.destroy();
});

describe('series per claimant', () => {
  it('gives the General Staff\'s day and a count of confirmed names as two series, never blended', async () => {
    const { data, requests } = await series('from: "2024-01-23", to: "2024-01-23"');
    expect(data.series).toEqual([
      { sourceGroup: 'UA', source: null, buckets: [{ start: '2024-01-23', value: 960, min: 960, max: 960, basis: 'REPORTED', coverage: 1 }] },
      { sourceGroup: 'INDEPENDENT', source: null, buckets: [{ start: '2024-01-23', value: 162, min: 162, max: 162, basis: 'REPORTED', coverage: 1 }] },
    ]);
    expect(requests).toEqual(['QueryCommand']);
    const one = await series('from: "2024-01-23", to: "2024-01-23", source: "BBC Russian Service and Mediazona"', 'value');
    expect(one.data.series).toEqual([{ sourceGroup: 'INDEPENDENT', source: 'BBC Russian Service and Mediazona', buckets: [{ value: 162 }] }]);
  });

  it('takes an exact 1,030 over "more than 1,000" for the day, and the bound agrees with it', async () => {
    const { data } = await series('from: "2024-03-27", to: "2024-03-27", sourceGroup: UA', 'value min max basis');
    expect(data.series[0].buckets).toEqual([{ value: 1030, min: 1030, max: 1030, basis: 'REPORTED' }]);
    const { data: found } = await query('{ disagreements(subject: "Russia", metric: PERSONNEL, from: "2024-03-01", to: "2024-03-31") { date } }');
    expect(found.disagreements).toEqual([]);
  });
});

describe('months and weeks', () => {
  it('takes a month stated whole, else the difference of the totals at its ends, else the sum of its days with their share', async () => {
    const { data, requests } = await series('granularity: MONTH, from: "2024-09-01", to: "2024-11-30", sourceGroup: UA', 'start value basis coverage claimCount');
    expect(data.series[0].buckets).toEqual([
      { start: '2024-09-01', value: 1250, basis: 'SUM_OF_DAYS', coverage: 1 / 30, claimCount: 1 },
      { start: '2024-10-01', value: 694950 - 653060, basis: 'DIFFERENCE', coverage: 1, claimCount: 2 },
      { start: '2024-11-01', value: 45720, basis: 'REPORTED', coverage: 1, claimCount: 1 },
    ]);
    expect(requests).toEqual(['QueryCommand', 'QueryCommand']);
  });

  it('sums the days of a week that has no claim of its own and no totals at both ends', async () => {
    const { data } = await series('granularity: WEEK, from: "2024-11-25", to: "2024-12-01", sourceGroup: UA', 'start end value basis coverage');
    expect(data.series[0].buckets).toEqual([{ start: '2024-11-25', end: '2024-12-01', value: 2030 + 1740, basis: 'SUM_OF_DAYS', coverage: 2 / 7 }]);
  });
});

describe('running totals', () => {
  it('gives the exact 745,700 rather than "nearing 750,000" of the same day, with its qualifier, in one read', async () => {
    const { data, requests } = await query('{ latestTotals(subject: "Russia", sourceGroup: UA) { source date value qualifier min max } }');
    expect(data.latestTotals).toEqual([
      { source: GS, date: '2024-12-03', value: 745700, qualifier: 'EXACT', min: 745700, max: 745700 },
      { source: 'Ministry of Defence of Ukraine', date: '2024-10-17', value: 674270, qualifier: 'EXACT', min: 674270, max: 674270 },
    ]);
    expect(requests).toEqual(['GetItemCommand']);
    const { data: found } = await query('{ disagreements(subject: "Russia", metric: PERSONNEL, from: "2024-12-01", to: "2024-12-31") { date } }');
    expect(found.disagreements).toEqual([]);
  });

  it('as of a past date', async () => {
    const { data, requests } = await query('{ latestTotals(subject: "Russia", asOf: "2024-11-15", sourceGroup: UA) { source date value } }');
    expect(data.latestTotals).toEqual([
      { source: GS, date: '2024-10-31', value: 694950 },
      { source: 'Ministry of Defence of Ukraine', date: '2024-10-17', value: 674270 },
    ]);
    // The latest item and the date's month at once, then the month summaries before it: whatever the history, three.
    expect([...requests].sort()).toEqual(['GetItemCommand', 'QueryCommand', 'QueryCommand']);
  });
});

describe('an article uploaded without a date', () => {
  // The day of its upload, read from the object rather than the clock: a run may cross midnight.
  let today: string;
  beforeAll(async () => {
    const { LastModified } = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'articles/undated-upload.txt' }));
    today = LastModified!.toISOString().slice(0, 10);
  });

  it('is dated by its upload as a guess, and says so', async () => {
    const { data } = await query('{ article(id: "articles/undated-upload.txt") { published publishedFrom publishedGuessed warnings claimCount } }');
    expect(data.article).toMatchObject({ published: today, publishedFrom: 'uploadTime', publishedGuessed: true, claimCount: 2 });
    expect(data.article.warnings.join(' ')).toMatch(/stay out of series, latestTotals and disagreements unless a query sets includeUndated/);
    const { data: byReport } = await query('{ article(id: "articles/dated-by-report.txt") { published publishedFrom publishedGuessed } }');
    expect(byReport.article).toEqual({ published: '2024-10-17', publishedFrom: 'report', publishedGuessed: false });
  });

  it('keeps its claims out of series and latest totals unless the query asks for them', async () => {
    const latest = '{ latestTotals(subject: "Russia", sourceGroup: UA) { source date value } }';
    expect((await query(latest)).data.latestTotals[0]).toEqual({ source: GS, date: '2024-12-03', value: 745700 });
    expect((await query(latest.replace('sourceGroup: UA', 'sourceGroup: UA, includeUndated: true'))).data.latestTotals[0]).toEqual({ source: GS, date: today, value: 790000 });
    expect((await series(`from: "${today}", to: "${today}"`, 'value')).data.series).toEqual([]);
    expect((await series(`from: "${today}", to: "${today}", includeUndated: true`, 'value')).data.series).toEqual([{ sourceGroup: 'UA', source: null, buckets: [{ value: 1500 }] }]);
  });
});

describe('verification', () => {
  it('MATCHES an exact figure and finds a bound the official figure satisfies CONSISTENT, showing the official value', async () => {
    const { data } = await query('{ claims(filter: {subject: "Russia", metric: PERSONNEL, from: "2024-03-27", to: "2024-03-27"}) { edges { node { value qualifier verification officialValue } } } }');
    expect(data.claims.edges.map((e: any) => e.node).sort((a: any, b: any) => a.value - b.value)).toEqual([
      { value: 1000, qualifier: 'AT_LEAST', verification: 'CONSISTENT', officialValue: 1030 },
      { value: 1030, qualifier: 'EXACT', verification: 'MATCHES', officialValue: 1030 },
    ]);
  });
});

describe('rollups under re-ingest, overwrite and delete', () => {
  it('stay exact', async () => {
    const day = () => series('from: "2024-03-27", to: "2024-03-27", sourceGroup: UA', 'value min max basis coverage claimCount');
    await upload('articles/exactly-1030.txt', 'Russia loses 990 soldiers in a day\n\nRussia lost 990 soldiers over the past day, Ukraine\'s General Staff said in its Wednesday update.', '2024-03-27');
    // 990 and "more than 1,000" conflict: the exact figure still gives the value, the range spans both.
    expect((await day()).data.series[0].buckets).toEqual([{ value: 990, min: 990, max: null, basis: 'REPORTED', coverage: 1, claimCount: 2 }]);
    const { data } = await query('{ disagreements(subject: "Russia", metric: PERSONNEL, from: "2024-03-27", to: "2024-03-27") { values figures { value min max } } }');
    expect(data.disagreements).toEqual([{ values: [990, 1000], figures: [{ value: 990, min: 990, max: 990 }, { value: 1000, min: 1000, max: null }] }]);

    await deps.store.deleteArticle('articles/exactly-1030.txt', String(++sequence).padStart(4, '0'), new Date().toISOString());
    expect((await day()).data.series[0].buckets).toEqual([{ value: null, min: 1000, max: null, basis: 'REPORTED', coverage: 0, claimCount: 1 }]);

    await upload('articles/exactly-1030.txt', fixture('exactly-1030'), '2024-03-27');
    await upload('articles/exactly-1030.txt', fixture('exactly-1030'), '2024-03-27');
    expect((await day()).data.series[0].buckets).toEqual([{ value: 1030, min: 1030, max: 1030, basis: 'REPORTED', coverage: 1, claimCount: 2 }]);
  });
});
