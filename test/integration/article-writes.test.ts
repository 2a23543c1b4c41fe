// The article write protocol on DynamoDB Local: begin (the one step that decides staleness),
// replace the claims, commit; what a crash between them leaves, and what repairs it.
import { beforeAll, describe, expect, it } from 'vitest';
import { storedClaims, type Article } from '../../functions/core/article.js';
import type { LocatedClaim } from '../../functions/core/claim.js';
import { ensureTable } from '../../functions/store/create-table.js';
import { dynamoIngestStore, dynamoLedgerReader } from '../../functions/store/dynamo/index.js';
import type { IngestStore } from '../../functions/store/write-port.js';
import { localDynamoDbClient, uniqueName } from '../support/local-aws.js';

const client = localDynamoDbClient();
let tableName: string;
let store: IngestStore;

const article = (id: string, sequencer: string): Article => ({
  id, bucket: 'b', key: id, status: 'INGESTED', error: null, warnings: [], title: id, outlet: null, published: '2024-10-25',
  publishedFrom: 'metadata', format: 'text', size: 1, etag: `e${sequencer}`, extractorVersion: 1, sequencer, claimCount: 0, ingestedAt: '2024-10-25T09:00:00Z',
});
const claim = (value: number): LocatedClaim => ({
  subject: 'Russia', metric: 'personnel', unit: 'count', value, valueMax: null, qualifier: 'exact', kind: 'loss',
  period: { kind: 'day', start: '2024-10-25', end: '2024-10-25' }, source: 'General Staff of the Armed Forces of Ukraine', sourceGroup: 'UA', quote: 'q', quoteStart: 0, quoteEnd: 1, evidence: [],
});
const save = (saved: Article, values: number[]) => store.saveArticle(saved, storedClaims(saved, values.map(claim)));
const claimValues = async (id: string) => (await dynamoLedgerReader({ client, tableName }).articleClaims(id)).map((c) => c.value);
async function states() {
  const all = [];
  for await (const page of store.articleStates()) all.push(...page);
  return all;
}

beforeAll(async () => {
  tableName = uniqueName('writes');
  await ensureTable(client, tableName);
  store = dynamoIngestStore({ client, tableName });
});

describe('article writes', () => {
  it('refuse an older event before touching its claims', async () => {
    expect(await save(article('a', '20'), [1200])).toBe('applied');
    expect(await save(article('a', '10'), [999, 998])).toBe('stale');
    expect(await claimValues('a')).toEqual([1200]);
    expect(await store.getArticle('a')).toMatchObject({ sequencer: '20', claimCount: 1 });
    expect((await states()).find((s) => s.id === 'a')).toEqual({ id: 'a', status: 'INGESTED', etag: 'e20', extractorVersion: 1, sequencer: '20', unfinished: false });
  });

  it('leave a write a crash interrupted listed as unfinished, until it is done again', async () => {
    const crashing = localDynamoDbClient();
    let puts = 0;
    // A write's one PutItem is its commit (an UpdateItem begins it): fail it, as a crash right before it would.
    crashing.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutItemCommand' && ++puts === 1) throw Object.assign(new Error('the process died'), { name: 'Crash' });
        return next(args);
      },
      { step: 'initialize', name: 'crashBeforeCommit' },
    );
    await expect(dynamoIngestStore({ client: crashing, tableName }).saveArticle(article('b', '30'), storedClaims(article('b', '30'), [claim(5)]))).rejects.toThrow('the process died');
    expect(await store.getArticle('b')).toBeNull();
    expect((await states()).find((s) => s.id === 'b')).toMatchObject({ sequencer: '30', unfinished: true });
    expect((await store.statesOf(['b'])).get('b')).toMatchObject({ sequencer: '30', unfinished: true });

    expect(await save(article('b', '30'), [5])).toBe('applied');
    expect((await states()).find((s) => s.id === 'b')).toMatchObject({ unfinished: false });
    expect(await claimValues('b')).toEqual([5]);
  });

  it('leave a whole tombstone for an article never stored, so a late create of an older version stays out', async () => {
    expect(await store.deleteArticle('c', '50', '2024-10-26T00:00:00Z')).toBe('applied');
    expect(await store.getArticle('c')).toMatchObject({ id: 'c', key: 'c', status: 'DELETED', sequencer: '50', warnings: [], claimCount: 0, size: 0 });
    expect(await save(article('c', '40'), [7])).toBe('stale');
    expect(await dynamoLedgerReader({ client, tableName }).batchGetArticles(['c'])).toEqual([expect.objectContaining({ status: 'DELETED' })]);
  });

  it('keep what a record said when it is deleted', async () => {
    expect(await store.deleteArticle('a', '21', '2024-10-26T00:00:00Z')).toBe('applied');
    expect(await store.getArticle('a')).toMatchObject({ status: 'DELETED', title: 'a', claimCount: 0, sequencer: '21' });
    expect(await claimValues('a')).toEqual([]);
  });
});
