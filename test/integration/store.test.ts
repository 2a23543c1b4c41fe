// The DynamoDB store against a real DynamoDB Local over HTTP.
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimId, storedClaims, type Article, type StoredClaim } from '../../functions/core/article.js';
import type { LocatedClaim } from '../../functions/core/claim.js';
import { addDays } from '../../functions/core/calendar.js';
import { ensureTable } from '../../functions/store/create-table.js';
import { dynamoIngestStore, dynamoLedgerReader } from '../../functions/store/dynamo/index.js';
import type { LedgerReader } from '../../functions/store/read-port.js';
import type { IngestStore } from '../../functions/store/write-port.js';
import { localDynamoDbClient, uniqueName } from '../support/local-aws.js';

const client = localDynamoDbClient();
let store: IngestStore;
let reader: LedgerReader;

const article = (id: string, sequencer: string, published = '2024-10-25'): Article => ({
  id,
  bucket: 'b',
  key: id,
  status: 'INGESTED',
  error: null,
  warnings: [],
  title: 't',
  outlet: null,
  published,
  publishedFrom: 'metadata',
  format: 'text',
  size: 1,
  etag: null,
  sequencer,
  claimCount: 0,
  ingestedAt: '2024-10-25T00:00:00Z',
});

const claim = (articleId: string, ordinal: number, value: number, overrides: Partial<LocatedClaim> = {}): StoredClaim => ({
  subject: 'Russia',
  metric: 'personnel',
  unit: 'count',
  value,
  valueMax: null,
  qualifier: 'exact',
  kind: 'loss',
  period: { kind: 'day', start: '2024-10-25', end: '2024-10-25' },
  source: 'General Staff of the Armed Forces of Ukraine',
  sourceGroup: 'UA',
  quote: `Russia lost ${value} soldiers.`,
  quoteStart: 0,
  quoteEnd: 10,
  evidence: [],
  ...overrides,
  id: claimId(articleId, ordinal),
  articleId,
  article: { title: 'Daily update', outlet: 'Ledger', published: '2024-10-25' },
});

const tableName = uniqueName('store');
beforeAll(async () => {
  await ensureTable(client, tableName);
  store = dynamoIngestStore({ client, tableName });
  reader = dynamoLedgerReader({ client, tableName });
});
afterAll(() => client.destroy());

describe('the DynamoDB adapters', () => {
  it('replaces an article\'s claims and its rollup contributions on overwrite', async () => {
    await store.saveArticle(article('a1', '10'), [claim('a1', 0, 1000), claim('a1', 1, 5)]);
    await store.saveArticle(article('a1', '20'), [claim('a1', 0, 1200)]);
    expect((await reader.articleClaims('a1')).map((c) => c.value)).toEqual([1200]);
    const [day] = await reader.seriesDays('Russia', 'personnel', '2024-10-25', '2024-10-25');
    expect(day!.figures.map((f) => f.value)).toEqual([1200]);
  });

  it('ignores an older event that arrives late, and repeats leave the same state', async () => {
    await store.saveArticle(article('a2', '0300'), [claim('a2', 0, 300)]);
    expect(await store.saveArticle(article('a2', '02FF'), [claim('a2', 0, 999)])).toBe('stale');
    expect(await store.saveArticle(article('a2', '0300'), [claim('a2', 0, 300)])).toBe('applied');
    expect((await reader.articleClaims('a2')).map((c) => c.value)).toEqual([300]);
  });

  it('leaves a tombstone on delete so a late create cannot bring the article back', async () => {
    await store.saveArticle(article('a3', '50'), [claim('a3', 0, 10)]);
    await store.deleteArticle('a3', '60', '2024-10-26T00:00:00Z');
    expect(await store.saveArticle(article('a3', '55'), [claim('a3', 0, 10)])).toBe('stale');
    expect(await store.getArticle('a3')).toMatchObject({ status: 'DELETED', claimCount: 0 });
    expect(await reader.articleClaims('a3')).toEqual([]);
  });

  it('keeps the latest running total per source current, whatever order totals arrive in', async () => {
    const total = (value: number, end: string) => ({ period: { kind: 'cumulative' as const, start: '2022-02-24', end }, metric: 'tanks', value });
    await store.saveArticle(article('t2', '1'), [claim('t2', 0, 9310, total(9310, '2024-10-25'))]);
    await store.saveArticle(article('t1', '1'), [claim('t1', 0, 9300, total(9300, '2024-10-24'))]);
    expect(await reader.latestTotals('Russia', false)).toEqual([expect.objectContaining({ metric: 'tanks', date: '2024-10-25', value: 9310, qualifier: 'exact' })]);
    await store.deleteArticle('t2', '2', '2024-10-26T00:00:00Z');
    expect(await reader.latestTotals('Russia', false)).toEqual([expect.objectContaining({ metric: 'tanks', date: '2024-10-24', value: 9300 })]);
  });

  it('counts claims per source across articles', async () => {
    const source = await reader.getSource('General Staff of the Armed Forces of Ukraine');
    expect(source).toMatchObject({ group: 'UA', firstDate: '2024-10-24' });
    expect(source!.claimCount).toBeGreaterThan(0);
  });

  it('counts a source exactly across months, concurrent writers, moves, replays and deletes', async () => {
    const source = 'Testland Monitoring Group';
    const cite = (id: string, sequencer: string, published: string, count: number) => {
      const saved = article(id, sequencer, published);
      const claims = Array.from({ length: count }, (_, i) =>
        claim(id, i, 100 + i, { subject: 'Testland', source, sourceGroup: 'independent', period: { kind: 'day', start: published, end: published } }),
      );
      return store.saveArticle(saved, storedClaims(saved, claims));
    };
    const counts = async () => {
      const found = await reader.getSource(source);
      return found && { claims: found.claimCount, articles: found.articleCount, first: found.firstDate, last: found.lastDate, group: found.group };
    };

    // Twelve articles of one month written at once: each write races the others on that month.
    await Promise.all(Array.from({ length: 12 }, (_, i) => cite(`src${i}`, '1', `2024-10-${String(i + 1).padStart(2, '0')}`, 2)));
    expect(await counts()).toEqual({ claims: 24, articles: 12, first: '2024-10-01', last: '2024-10-12', group: 'independent' });

    await cite('src0', '2', '2024-11-03', 3);
    const moved = { claims: 25, articles: 12, first: '2024-10-02', last: '2024-11-03', group: 'independent' };
    expect(await counts()).toEqual(moved);
    await cite('src0', '2', '2024-11-03', 3);
    expect(await counts()).toEqual(moved);

    await store.deleteArticle('src0', '3', '2024-11-04T00:00:00Z');
    await store.deleteArticle('src1', '3', '2024-11-04T00:00:00Z');
    expect(await counts()).toEqual({ claims: 20, articles: 10, first: '2024-10-03', last: '2024-10-12', group: 'independent' });
  });

  it('keeps a source whose latest total lies behind many newer totals of another source, until it is removed', async () => {
    const total = (value: number, end: string, source: string, sourceGroup: 'UA' | 'UK') => ({
      subject: 'Belarus', metric: 'artillery', value, source, sourceGroup, period: { kind: 'cumulative' as const, start: '2022-02-24', end },
    });
    await store.saveArticle(article('uk', '1'), [claim('uk', 0, 20000, total(20000, '2024-01-15', 'UK Ministry of Defence', 'UK'))]);
    for (let day = 1; day <= 40; day++) {
      const id = `gs${day}`;
      await store.saveArticle(article(id, '1'), [claim(id, 0, 21000 + day, total(21000 + day, addDays('2024-03-01', day), 'General Staff of the Armed Forces of Ukraine', 'UA'))]);
    }
    const latest = async () => (await reader.latestTotals('Belarus', false)).map((t) => [t.source, t.date]);
    expect(await latest()).toEqual(expect.arrayContaining([['UK Ministry of Defence', '2024-01-15'], ['General Staff of the Armed Forces of Ukraine', '2024-04-10']]));
    await store.deleteArticle('uk', '2', '2024-05-01T00:00:00Z');
    expect(await latest()).toEqual([['General Staff of the Armed Forces of Ukraine', '2024-04-10']]);
  });
  it('keeps the latest totals exact under concurrent writers: none of their shares is lost', async () => {
    const sources = Array.from({ length: 12 }, (_, i) => `Monitor ${i}`);
    const write = (source: string, i: number, sequencer: string, value: number) =>
      store.saveArticle(article(`conc${i}`, sequencer), [
        claim(`conc${i}`, 0, value, { subject: 'Latvia', metric: 'uav', source, sourceGroup: 'independent', period: { kind: 'cumulative', start: '2022-02-24', end: `2024-06-${String(10 + i).padStart(2, '0')}` } }),
      ]);
    await Promise.all(sources.map((source, i) => write(source, i, '1', 100 + i)));
    const latest = async () => (await reader.latestTotals('Latvia', false)).map((t) => [t.source, t.value]).sort();
    expect(await latest()).toEqual(sources.map((source, i) => [source, 100 + i]).sort());
    // Overwrites and deletes at once, every writer refreshing the same metric.
    await Promise.all(sources.map((source, i) => (i % 2 ? write(source, i, '2', 200 + i) : store.deleteArticle(`conc${i}`, '2', '2024-06-30T00:00:00Z'))));
    expect(await latest()).toEqual(sources.flatMap((source, i) => (i % 2 ? [[source, 200 + i]] : [])).sort());
  });

  it('lets no refresh of the latest totals that read too early overwrite one that read later', async () => {
    // Writer A reads the totals before writer B adds its share, and writes its entries after B's.
    let release!: () => void;
    let held!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) => (held = resolve));
    const slowClient = localDynamoDbClient();
    slowClient.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { UpdateExpression?: string };
        if (context.commandName === 'UpdateItemCommand' && input.UpdateExpression?.startsWith('SET #c = :entries')) {
          held();
          await gate;
        }
        return next(args);
      },
      { step: 'initialize', name: 'holdLatestEntries' },
    );
    const slow = dynamoIngestStore({ client: slowClient, tableName });
    const total = (source: string, value: number) =>
      ({ subject: 'Poland', metric: 'tanks', source, sourceGroup: 'independent' as const, period: { kind: 'cumulative' as const, start: '2022-02-24', end: '2024-06-01' } });
    const first = slow.saveArticle(article('raceA', '1'), [claim('raceA', 0, 10, total('Monitor A', 10))]);
    await reached;
    await store.saveArticle(article('raceB', '1'), [claim('raceB', 0, 20, total('Monitor B', 20))]);
    release();
    await first;
    slowClient.destroy();
    expect((await reader.latestTotals('Poland', false)).map((t) => [t.source, t.value]).sort()).toEqual([['Monitor A', 10], ['Monitor B', 20]]);
  });

  it('lets no older write of an article that began first put its claims over a newer one that overtook it', async () => {
    // Writer A (sequencer 1) begins and stalls before it reads the article's claims; writer B
    // (sequencer 2) begins meanwhile. Were B to go on, it would finish first and A would then
    // remove B's shares and put its own claims over B's.
    let release!: () => void;
    let held!: () => void;
    let waiting!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) => (held = resolve));
    const bWaits = new Promise<void>((resolve) => (waiting = resolve));
    const on = (client: ReturnType<typeof localDynamoDbClient>, command: string, action: () => Promise<void> | void) =>
      client.middlewareStack.add((next, context) => async (args) => (context.commandName === command && (await action()), next(args)), { step: 'initialize', name: `on${command}` });
    const [aClient, bClient] = [localDynamoDbClient(), localDynamoDbClient()];
    let first = true;
    on(aClient, 'QueryCommand', async () => {
      if (!first) return;
      first = false;
      held();
      await gate;
    });
    on(bClient, 'GetItemCommand', () => waiting());
    const day = { subject: 'Armenia' };
    const older = dynamoIngestStore({ client: aClient, tableName }).saveArticle(article('overtaken', '1'), [claim('overtaken', 0, 990, day), claim('overtaken', 1, 40, { ...day, metric: 'tanks' })]);
    await reached;
    const newer = dynamoIngestStore({ client: bClient, tableName }).saveArticle(article('overtaken', '2'), [claim('overtaken', 0, 1030, day)]);
    await Promise.race([newer, bWaits]);
    release();
    await older;
    expect(await newer).toBe('applied');
    [aClient, bClient].forEach((c) => c.destroy());
    expect((await reader.articleClaims('overtaken')).map((c) => c.value)).toEqual([1030]);
    const figures = async (metric: string) => (await reader.seriesDays('Armenia', metric, '2024-10-25', '2024-10-25')).flatMap((d) => d.figures.map((f) => f.value));
    expect([await figures('personnel'), await figures('tanks')]).toEqual([[1030], []]);
    expect((await reader.batchGetArticles(['overtaken']))[0]).toMatchObject({ sequencer: '2', claimCount: 1 });
  });

  it('files claims for a whole week or month, and running totals at a week or month end, in period items', async () => {
    const span = (start: string, end: string) => ({ subject: 'Estonia', period: { kind: 'span' as const, start, end } });
    const total = (end: string) => ({ subject: 'Estonia', period: { kind: 'cumulative' as const, start: '2022-02-24', end } });
    await store.saveArticle(article('periods', '1'), [
      claim('periods', 0, 45720, span('2024-11-01', '2024-11-30')),
      claim('periods', 1, 11390, span('2024-11-25', '2024-12-01')),
      claim('periods', 2, 6020, span('2024-11-25', '2024-11-29')),
      claim('periods', 3, 720000, total('2024-11-30')),
      claim('periods', 4, 730000, total('2024-12-01')),
      claim('periods', 5, 725000, total('2024-11-29')),
    ]);
    const ends = async (granularity: 'WEEK' | 'MONTH') =>
      (await reader.periodEnds('Estonia', 'personnel', granularity, '2024-11-01', '2024-12-31')).map((p) => [p.end, p.reported.map((f) => f.value), p.totals.map((f) => f.value)]);
    expect(await ends('MONTH')).toEqual([['2024-11-30', [45720], [720000]]]);
    expect(await ends('WEEK')).toEqual([['2024-12-01', [11390], [730000]]]);
    await store.deleteArticle('periods', '2', '2024-12-02T00:00:00Z');
    expect(await ends('MONTH')).toEqual([]);
  });

  it('marks the figures of an article whose date is a guess, and keeps them out of the dated latest totals', async () => {
    const guessed: Article = { ...article('guess', '1', '2024-11-20'), publishedFrom: 'uploadTime' };
    await store.saveArticle(guessed, storedClaims(guessed, [claim('guess', 0, 999, { subject: 'Lithuania', period: { kind: 'cumulative', start: '2022-02-24', end: '2024-11-20' } })]));
    const dated = article('dated', '1', '2024-11-18');
    await store.saveArticle(dated, storedClaims(dated, [claim('dated', 0, 900, { subject: 'Lithuania', period: { kind: 'cumulative', start: '2022-02-24', end: '2024-11-18' } })]));
    const [item] = await reader.totalsBetween('Lithuania', 'personnel', '2024-11-20', '2024-11-20');
    expect(item!.figures).toEqual([expect.objectContaining({ value: 999, undated: true, qualifier: 'exact' })]);
    expect((await reader.latestTotals('Lithuania', false)).map((t) => t.value)).toEqual([900]);
    expect((await reader.latestTotals('Lithuania', true)).map((t) => t.value)).toEqual([999]);
  });

  it('lists a subject\'s running totals of every metric in a date\'s month, and each month\'s latest before it', async () => {
    const total = (metric: string, end: string) => ({ subject: 'Finland', metric, period: { kind: 'cumulative' as const, start: '2022-02-24', end } });
    await store.saveArticle(article('fin', '1'), [
      claim('fin', 0, 10, total('tanks', '2024-05-01')),
      claim('fin', 1, 20, total('uav', '2024-05-03')),
      claim('fin', 2, 30, total('tanks', '2024-05-05')),
      claim('fin', 3, 5, total('tanks', '2024-03-10')),
      claim('fin', 4, 4, total('tanks', '2024-03-02')),
      claim('fin', 5, 7, total('uav', '2024-04-02')),
    ]);
    const inMonth = (await reader.totalsInMonthOf('Finland', '2024-05-04')).map((t) => [t.date, t.metric, t.figures.map((f) => f.value)]);
    expect(inMonth.sort()).toEqual([['2024-05-01', 'tanks', [10]], ['2024-05-03', 'uav', [20]]]);
    const before: Array<[string, string, number]> = [];
    for await (const page of reader.monthlyLatestBefore('Finland', '2024-05-04', false)) before.push(...page.map((t): [string, string, number] => [t.date, t.metric, t.value]));
    expect(before).toEqual([['2024-04-02', 'uav', 7], ['2024-03-10', 'tanks', 5]]);
    // A month's summary follows its shares: the March total removed, the one before it is March's latest.
    await store.saveArticle(article('fin', '2'), [claim('fin', 0, 4, total('tanks', '2024-03-02'))]);
    const after: Array<[string, string, number]> = [];
    for await (const page of reader.monthlyLatestBefore('Finland', '2024-05-04', false)) after.push(...page.map((t): [string, string, number] => [t.date, t.metric, t.value]));
    expect(after).toEqual([['2024-03-02', 'tanks', 4]]);
  });

  it('pages through filtered claims without gaps or repeats when a filter leaves pages short', async () => {
    const claims = Array.from({ length: 11 }, (_, i) =>
      claim('paged', i, 100 + i, { subject: 'Moldova', period: i % 3 === 0 ? { kind: 'day', start: '2024-10-25', end: '2024-10-25' } : { kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' } }),
    );
    await store.saveArticle(article('paged', '1'), claims);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<LedgerReader['queryClaims']>> = await reader.queryClaims({ subject: 'Moldova', metric: 'personnel', periodKind: 'day' }, 2, cursor);
      seen.push(...page.items.map((c) => c.value));
      cursor = page.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual([100, 103, 106, 109]);
  });

  it('keeps the official series exact a year an item: a later file replaces its own days only, concurrent imports lose none, reads cross years', async () => {
    const point = (date: string, total: number) => ({ date, metric: 'helicopters', total });
    await store.saveReference('reference/a.json', [point('2023-12-30', 100), point('2023-12-31', 200), point('2024-01-01', 300), point('2024-01-02', 400)], 'etag-a');
    await store.saveReference('reference/b.json', [point('2024-01-02', 450), point('2024-01-03', 500)]);
    await Promise.all(Array.from({ length: 6 }, (_, i) => store.saveReference(`reference/c${i}.json`, [point(`2024-02-0${i + 1}`, 1000 + i)])));
    const days = await reader.referenceBetween('helicopters', '2023-12-31', '2024-02-03');
    expect(days).toEqual([
      { date: '2023-12-31', total: 200 },
      { date: '2024-01-01', total: 300 },
      { date: '2024-01-02', total: 450 },
      { date: '2024-01-03', total: 500 },
      { date: '2024-02-01', total: 1000 },
      { date: '2024-02-02', total: 1001 },
      { date: '2024-02-03', total: 1002 },
    ]);
    const wanted = ['2023-12-31', '2024-01-01', '2024-02-06', '2024-02-07'].map((date) => ({ metric: 'helicopters', date }));
    const totals = await reader.batchGetReference([...wanted, { metric: 'ships', date: '2024-01-01' }]);
    expect(wanted.map(({ metric, date }) => totals.get(`${metric}#${date}`))).toEqual([200, 300, 1005, undefined]);
    expect(totals.has('ships#2024-01-01')).toBe(false);
    expect(await store.referenceEtags(['reference/a.json', 'reference/never.json'])).toEqual(new Map([['reference/a.json', 'etag-a']]));
  });

  it('counts a reference file imported under the older layout (an item per day) as never imported, so reconciling imports it again', async () => {
    await DynamoDBDocumentClient.from(client).send(new PutCommand({ TableName: tableName, Item: { pk: 'REFERENCEFILE#reference/old.json', sk: 'FILE', key: 'reference/old.json', etag: 'e' } }));
    expect(await store.referenceEtags(['reference/old.json'])).toEqual(new Map());
  });
});
