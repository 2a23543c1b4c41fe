// GraphQL resolvers over the real store on DynamoDB Local: answers, errors, and the requests they cost.
import { beforeAll, describe, expect, it } from 'vitest';
import { storedClaims, type Article } from '../../functions/core/article.js';
import type { LocatedClaim } from '../../functions/core/claim.js';
import { createApiContext, createApiServer } from '../../functions/api/server.js';
import { ensureTable } from '../../functions/store/create-table.js';
import { dynamoIngestStore, dynamoLedgerReader } from '../../functions/store/dynamo/index.js';
import type { LedgerReader } from '../../functions/store/read-port.js';
import type { IngestStore } from '../../functions/store/write-port.js';
import { localDynamoDbClient, uniqueName } from '../support/local-aws.js';
import { recordCommands } from '../support/recording-client.js';

const client = localDynamoDbClient();
const sent = recordCommands(client);
let store: IngestStore;
let reader: LedgerReader;
const server = createApiServer({ introspection: false });

const article = (id: string, published: string): Article => ({
  id, bucket: 'b', key: id, status: 'INGESTED', error: null, warnings: [], title: id, outlet: 'Ledger', published,
  publishedFrom: 'metadata', format: 'text', size: 1, etag: null, sequencer: '1', claimCount: 0, ingestedAt: `${published}T09:00:00Z`,
});
const claim = (overrides: Partial<LocatedClaim>): LocatedClaim => ({
  subject: 'Russia', metric: 'personnel', unit: 'count', value: 0, valueMax: null, qualifier: 'exact', kind: 'loss',
  period: null, source: 'General Staff of the Armed Forces of Ukraine', sourceGroup: 'UA', quote: 'q', quoteStart: 0, quoteEnd: 1, evidence: [],
  ...overrides,
});
const save = (saved: Article, claims: LocatedClaim[]) => store.saveArticle(saved, storedClaims(saved, claims));
const day = (date: string) => ({ kind: 'day' as const, start: date, end: date });
const total = (date: string) => ({ kind: 'cumulative' as const, start: '2022-02-24', end: date });

const ARTICLE_A_TEXT = 'Russia lost 1,630 soldiers in a day, Kyiv said.';

async function query(source: string, variables?: Record<string, unknown>) {
  sent.length = 0;
  const response = await server.executeOperation({ query: source, variables }, { contextValue: createApiContext(reader) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...response.body.singleResult, requests: [...sent] };
}

beforeAll(async () => {
  const tableName = uniqueName('api');
  await ensureTable(client, tableName);
  store = dynamoIngestStore({ client, tableName });
  reader = dynamoLedgerReader({ client, tableName });
  await save(article('a', '2024-10-25'), [
    claim({ value: 1630, period: day('2024-10-25') }),
    claim({ value: 685910, period: total('2024-10-25') }),
    claim({ metric: 'tanks', value: 7, period: day('2024-10-25') }),
  ]);
  await save(article('b', '2024-10-26'), [
    claim({ value: 1640, period: day('2024-10-25') }),
    claim({ value: 1200, period: day('2024-10-26') }),
    claim({ value: 686000, period: total('2024-10-26'), source: 'UK Ministry of Defence', sourceGroup: 'UK' }),
  ]);
  await store.saveReference('reference/gs.json', [
    { date: '2024-10-24', metric: 'personnel', total: 684280 },
    { date: '2024-10-25', metric: 'personnel', total: 685910 },
  ]);
  await store.saveText('a', '1', ARTICLE_A_TEXT);
  await server.start();
});

describe('queries', () => {
  it('pages articles as a Relay connection, newest first', async () => {
    const first = await query('{ articles(first: 1) { edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }');
    expect(first.data).toMatchObject({ articles: { edges: [{ node: { id: 'b' } }], pageInfo: { hasNextPage: true } } });
    const cursor = (first.data as any).articles.pageInfo.endCursor;
    const second = await query('query ($after: String) { articles(first: 1, after: $after) { edges { node { id } } } }', { after: cursor });
    expect(second.data).toMatchObject({ articles: { edges: [{ node: { id: 'a' } }] } });
  });

  it('filters claims and serves each with its article: title, outlet and date from the claim, the rest in one batch', async () => {
    const filter = '{subject: "Russia", metric: PERSONNEL, periodKind: DAY}';
    const result = await query(`{ claims(filter: ${filter}, first: 10) { edges { node { value article { id title outlet published } } } } }`);
    const nodes = (result.data as any).claims.edges.map((e: any) => e.node);
    expect(nodes.map((node: any) => node.value).sort()).toEqual([1200, 1630, 1640]);
    expect(nodes.find((node: any) => node.value === 1200).article).toEqual({ id: 'b', title: 'b', outlet: 'Ledger', published: '2024-10-26' });
    expect(result.requests).toEqual(['QueryCommand']);

    const withStatus = await query(`{ claims(filter: ${filter}, first: 10) { edges { node { article { status size } } } } }`);
    expect((withStatus.data as any).claims.edges.map((e: any) => e.node.article.status)).toEqual(['INGESTED', 'INGESTED', 'INGESTED']);
    expect(withStatus.requests).toEqual(['QueryCommand', 'BatchGetItemCommand']);
  });

  it('builds a day series per side from the rollups: the consensus, range, basis and counts of each day, in one Query', async () => {
    const result = await query('{ series(subject: "Russia", metric: PERSONNEL, from: "2024-10-25", to: "2024-10-26") { sourceGroup source buckets { start value min max basis coverage claimCount articleCount } } }');
    expect((result.data as any).series).toEqual([
      {
        sourceGroup: 'UA',
        source: null,
        buckets: [
          { start: '2024-10-25', value: 1630, min: 1630, max: 1640, basis: 'REPORTED', coverage: 1, claimCount: 2, articleCount: 2 },
          { start: '2024-10-26', value: 1200, min: 1200, max: 1200, basis: 'REPORTED', coverage: 1, claimCount: 1, articleCount: 1 },
        ],
      },
    ]);
    expect(result.requests).toEqual(['QueryCommand']);
  });

  it('sums the days of a month that have a value, saying how many those are, in two Queries', async () => {
    const result = await query('{ series(subject: "Russia", metric: PERSONNEL, granularity: MONTH, from: "2024-10-01", to: "2024-10-31") { buckets { start end value basis coverage claimCount } } }');
    expect((result.data as any).series).toEqual([{ buckets: [{ start: '2024-10-01', end: '2024-10-31', value: 2830, basis: 'SUM_OF_DAYS', coverage: 2 / 31, claimCount: 3 }] }]);
    expect(result.requests).toEqual(['QueryCommand', 'QueryCommand']);
  });

  it('gives the latest running total per metric and source in one read', async () => {
    const result = await query('{ latestTotals(subject: "Russia") { metric source date value qualifier min max } }');
    expect((result.data as any).latestTotals).toEqual([
      { metric: 'personnel', source: 'General Staff of the Armed Forces of Ukraine', date: '2024-10-25', value: 685910, qualifier: 'EXACT', min: 685910, max: 685910 },
      { metric: 'personnel', source: 'UK Ministry of Defence', date: '2024-10-26', value: 686000, qualifier: 'EXACT', min: 686000, max: 686000 },
    ]);
    expect(result.requests).toEqual(['GetItemCommand']);
  });

  it('gives the latest running totals as of a past date in three requests: the latest item, its month, the months before', async () => {
    const result = await query('{ latestTotals(subject: "Russia", asOf: "2024-10-25") { source date value } }');
    // The UK's only total is of the day after: looked for in the month summaries before too, and not found.
    expect((result.data as any).latestTotals).toEqual([{ source: 'General Staff of the Armed Forces of Ukraine', date: '2024-10-25', value: 685910 }]);
    expect([...result.requests].sort()).toEqual(['GetItemCommand', 'QueryCommand', 'QueryCommand']);
  });

  it('finds where one side gives different values for the same day', async () => {
    const result = await query('{ disagreements(subject: "Russia", metric: PERSONNEL, from: "2024-10-01", to: "2024-10-31") { date sourceGroup values figures { value qualifier min max } claims { value } } }');
    expect((result.data as any).disagreements).toEqual([
      {
        date: '2024-10-25',
        sourceGroup: 'UA',
        values: [1630, 1640],
        figures: [{ value: 1630, qualifier: 'EXACT', min: 1630, max: 1630 }, { value: 1640, qualifier: 'EXACT', min: 1640, max: 1640 }],
        claims: [{ value: 1630 }, { value: 1640 }],
      },
    ]);
    expect(result.requests).toEqual(['QueryCommand', 'QueryCommand', 'BatchGetItemCommand']);
  });

  it('verifies General Staff figures against the official series', async () => {
    const result = await query('{ article(id: "a") { claims { value verification officialValue } } }');
    expect((result.data as any).article.claims).toEqual([
      { value: 1630, verification: 'MATCHES', officialValue: 1630 },
      { value: 685910, verification: 'MATCHES', officialValue: 685910 },
      { value: 7, verification: 'NO_REFERENCE', officialValue: null },
    ]);
    const differs = await query('{ claims(filter: {verification: DIFFERS}) { edges { node { value officialValue } } } }');
    expect((differs.data as any).claims.edges.map((e: any) => e.node)).toEqual([{ value: 1640, officialValue: 1630 }]);
  });

  it('serves the clean text the claims\' offsets index into, in one Query after the article', async () => {
    const result = await query('{ article(id: "a") { text } }');
    expect((result.data as any).article.text).toBe(ARTICLE_A_TEXT);
    expect(result.requests).toEqual(['BatchGetItemCommand', 'QueryCommand']);
  });

  it('buckets the official series: the losses its reports add up to, and the total at the end', async () => {
    const result = await query('{ officialSeries(metric: PERSONNEL, from: "2024-10-25", to: "2024-10-26") { start end date total change } }');
    expect((result.data as any).officialSeries).toEqual([
      { start: '2024-10-25', end: '2024-10-25', date: '2024-10-25', total: 685910, change: 1630 },
      { start: '2024-10-26', end: '2024-10-26', date: null, total: null, change: null },
    ]);
    expect(result.requests).toEqual(['QueryCommand']);
    const month = await query('{ officialSeries(metric: PERSONNEL, granularity: MONTH, from: "2024-10-25", to: "2024-10-31") { start end date total change } }');
    // Whole months, as in series: without the report of September 30 there is no change to give.
    expect((month.data as any).officialSeries).toEqual([{ start: '2024-10-01', end: '2024-10-31', date: '2024-10-25', total: 685910, change: null }]);
  });

  it('lists sources with their counts and dates', async () => {
    const result = await query('{ sources { edges { node { name sourceGroup claimCount articleCount firstDate lastDate } } } }');
    expect((result.data as any).sources.edges[0].node).toEqual({
      name: 'General Staff of the Armed Forces of Ukraine', sourceGroup: 'UA', claimCount: 5, articleCount: 2, firstDate: '2024-10-25', lastDate: '2024-10-26',
    });
  });

  it('never scans', async () => {
    const everything = await query(`{
      articles { edges { node { id claims { id article { id } } } } }
      claims(filter: {sourceGroup: UK}) { edges { node { id } } }
      sources { edges { node { name } } }
      series(subject: "Russia", metric: PERSONNEL, granularity: WEEK, from: "2024-01-01", to: "2024-12-31") { buckets { value } }
      latestTotals(subject: "Russia", asOf: "2024-10-25") { value }
      disagreements(subject: "Russia", metric: PERSONNEL, from: "2024-01-01", to: "2024-12-31") { date }
      deadLetters { edges { node { messageId } } }
      officialSeries(metric: PERSONNEL, granularity: MONTH, from: "2024-01-01", to: "2024-12-31") { change }
      article(id: "a") { text }
    }`);
    expect(everything.errors).toBeUndefined();
    expect(everything.requests.length).toBeGreaterThan(0);
    expect(everything.requests).not.toContain('ScanCommand');
  });
});

describe('errors', () => {
  it('rejects a malformed date with a clear message and a code', async () => {
    const result = await query('{ series(subject: "Russia", metric: PERSONNEL, from: "25/10/2024", to: "2024-10-26") { buckets { value } } }');
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('YYYY-MM-DD'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('limits page sizes to 100', async () => {
    const result = await query('{ claims(first: 500) { edges { node { id } } } }');
    expect(result.errors?.[0]).toMatchObject({ message: '"first" must be between 1 and 100', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses queries that are too deep or too costly, before running them', async () => {
    const deep = await query('{ claims { edges { node { article { claims { article { claims { article { id } } } } } } } } }');
    expect(deep.errors?.[0]).toMatchObject({ message: expect.stringContaining('levels deep'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(deep.requests).toEqual([]);
    const costly = await query('{ articles(first: 100) { edges { node { claims { article { claims { id } } } } } } }');
    expect(costly.errors?.[0]).toMatchObject({ message: expect.stringContaining('may cost about'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('rejects a cursor it did not give out', async () => {
    const result = await query('{ articles(after: "bm90LWEtY3Vyc29y") { edges { node { id } } } }');
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
