import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { Article, StoredClaim } from '../../../functions/core/article.js';
import { processBatch } from '../../../functions/ingest/batch.js';
import { decodeKey, encodeKey, objectEventsOf } from '../../../functions/ingest/s3-events.js';
import type { StoredObject } from '../../../functions/objects/s3-object-reader.js';
import type { DeadLetter } from '../../../functions/store/write-port.js';

/** An in-memory stand-in for our store interfaces (not the AWS SDK), to test the orchestration alone. */
class MemoryStore {
  articles = new Map<string, { article: Article; claims: StoredClaim[] }>();
  deadLetters: DeadLetter[] = [];
  failWith: Error | null = null;
  /** Refuses any article with claims (as DynamoDB refuses an item over 400 KB). */
  refuseClaims: Error | null = null;
  async getArticle(id: string) {
    return this.articles.get(id)?.article ?? null;
  }
  async saveArticle(article: Article, claims: StoredClaim[]) {
    if (this.failWith) throw this.failWith;
    if (this.refuseClaims && claims.length) throw this.refuseClaims;
    this.articles.set(article.id, { article, claims });
    return 'applied' as const;
  }
  async deleteArticle(id: string) {
    this.articles.delete(id);
    return 'applied' as const;
  }
  async saveReference() {}
  /** Texts by `${articleId}#${sequencer}`. */
  texts = new Map<string, string>();
  async saveText(articleId: string, sequencer: string, text: string) {
    this.texts.set(`${articleId}#${sequencer}`, text);
  }
  async pruneTexts(articleId: string, keep: string | null) {
    for (const key of this.texts.keys()) if (key.startsWith(`${articleId}#`) && key !== `${articleId}#${keep}`) this.texts.delete(key);
  }
  async recordDeadLetter(entry: DeadLetter) {
    this.deadLetters.push(entry);
  }
}

const notification = (key: string, eventName = 'ObjectCreated:Put') =>
  JSON.stringify({ Records: [{ eventName, eventTime: '2024-10-25T10:00:00Z', s3: { bucket: { name: 'b' }, object: { key: encodeKey(key), sequencer: '0A' } } }] });
const sqs = (...bodies: string[]): SQSEvent => ({
  Records: bodies.map((body, i) => ({ messageId: `m${i}`, body, attributes: { ApproximateReceiveCount: '1' } }) as never),
});

/** An error as the AWS SDK raises it: a name, a message, and the response's metadata. */
const awsError = (name: string, message: string, status: number) => Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

function setup(objects: Record<string, string | Uint8Array | Error>) {
  const store = new MemoryStore();
  const deps = {
    store,
    objects: {
      async read(_bucket: string, key: string): Promise<StoredObject | null> {
        const body = objects[key];
        if (body instanceof Error) throw body;
        if (body === undefined) return null;
        const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
        return { bytes, metadata: { published: '2024-10-25' }, contentType: undefined, lastModified: new Date('2024-10-25T10:00:00Z'), size: bytes.length, etag: 'e', versionId: null };
      },
    },
    now: () => new Date('2024-10-25T12:00:00Z'),
    logger: new Logger({ logLevel: 'SILENT' }),
    maxReceives: 3,
  };
  return { store, deps };
}

describe('S3 event messages', () => {
  it('decodes keys as S3 encodes them (spaces as +)', () => {
    expect(decodeKey('articles/kyiv+update%2B1.txt')).toBe('articles/kyiv update+1.txt');
    expect(decodeKey(encodeKey('articles/a b+c ü.txt'))).toBe('articles/a b+c ü.txt');
  });

  it('ignores the s3:TestEvent S3 sends when notifications are configured', () => {
    expect(objectEventsOf(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual([]);
  });
});

describe('processBatch', () => {
  it('ingests each object and reports no failures', async () => {
    const { store, deps } = setup({ 'articles/a b.txt': 'Russia lost 1,000 soldiers in the past day, Kyiv said.' });
    expect(await processBatch(sqs(notification('articles/a b.txt')), deps)).toEqual({ batchItemFailures: [] });
    expect(store.articles.get('articles/a b.txt')).toMatchObject({ article: { status: 'INGESTED', published: '2024-10-25' }, claims: [{ value: 1000 }] });
  });

  it('keeps the clean text its claims index into, for that version only, and drops it with the article', async () => {
    const { store, deps } = setup({ 'articles/a.md': '# Losses\n\nRussia lost **1,000** soldiers in the past day, Kyiv said.' });
    await processBatch(sqs(notification('articles/a.md')), deps);
    const text = store.texts.get('articles/a.md#0A')!;
    const [claim] = store.articles.get('articles/a.md')!.claims;
    expect(text.slice(claim!.quoteStart, claim!.quoteEnd)).toBe(claim!.quote);
    await processBatch(sqs(notification('articles/a.md', 'ObjectRemoved:Delete')), deps);
    expect(store.texts.size).toBe(0);
  });

  it('stores an unreadable file as FAILED with its reason instead of retrying it', async () => {
    const { store, deps } = setup({ 'articles/x.txt': new Uint8Array([0, 1, 2, 3]) });
    expect(await processBatch(sqs(notification('articles/x.txt')), deps)).toEqual({ batchItemFailures: [] });
    expect(store.articles.get('articles/x.txt')?.article).toMatchObject({ status: 'FAILED', error: expect.stringContaining('binary') });
  });

  it('reports only the message that failed transiently for retry, and records it on the last attempt', async () => {
    const { store, deps } = setup({ 'articles/a.txt': 'Russia lost 5 tanks in the past day, Kyiv said.' });
    store.failWith = awsError('ProvisionedThroughputExceededException', 'The level of configured provisioned throughput for the table was exceeded', 400);
    const event = sqs(JSON.stringify({ Event: 's3:TestEvent' }), notification('articles/a.txt'));
    expect(await processBatch(event, deps)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(store.deadLetters).toEqual([]);
    event.Records[1]!.attributes.ApproximateReceiveCount = '3';
    await processBatch(event, deps);
    expect(store.deadLetters).toEqual([expect.objectContaining({ messageId: 'm1', key: 'articles/a.txt', error: expect.stringContaining('ProvisionedThroughputExceededException') })]);
  });

  it.each([
    ['a network error', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a server error', awsError('InternalServerError', 'Internal server error', 500)],
    ['a write race', awsError('TransactionConflictException', 'Transaction is ongoing for the item', 400)],
  ])('retries %s', async (_, error) => {
    const { store, deps } = setup({ 'articles/a.txt': 'Russia lost 5 tanks in the past day, Kyiv said.' });
    store.failWith = error;
    expect(await processBatch(sqs(notification('articles/a.txt')), deps)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm0' }] });
  });

  it('records an article the table refuses as FAILED with the reason, without retrying it', async () => {
    const { store, deps } = setup({ 'articles/a.txt': 'Russia lost 5 tanks in the past day, Kyiv said.' });
    store.refuseClaims = awsError('ValidationException', 'Item size has exceeded the maximum allowed size', 400);
    expect(await processBatch(sqs(notification('articles/a.txt')), deps)).toEqual({ batchItemFailures: [] });
    expect(store.articles.get('articles/a.txt')?.article).toMatchObject({
      status: 'FAILED',
      error: 'the article and its 1 claims could not be stored (ValidationException: Item size has exceeded the maximum allowed size)',
    });
  });

  it('records an object the bucket refuses to give as FAILED with the reason', async () => {
    const { store, deps } = setup({ 'articles/a.txt': awsError('AccessDenied', 'Access Denied', 403) });
    expect(await processBatch(sqs(notification('articles/a.txt')), deps)).toEqual({ batchItemFailures: [] });
    expect(store.articles.get('articles/a.txt')?.article).toMatchObject({ status: 'FAILED', error: expect.stringContaining('AccessDenied: Access Denied') });
  });

  it('records an .html file with no tags as an article, not a dead letter', async () => {
    const { store, deps } = setup({ 'articles/note.html': 'Russia lost 5 tanks in the past day, Kyiv said.' });
    expect(await processBatch(sqs(notification('articles/note.html')), deps)).toEqual({ batchItemFailures: [] });
    expect(store.articles.get('articles/note.html')).toMatchObject({ article: { status: 'INGESTED', format: 'text' }, claims: [{ value: 5 }] });
  });

  it('drops a malformed message at once, keeping its body in the dead letters', async () => {
    const { store, deps } = setup({});
    expect(await processBatch(sqs('not json'), deps)).toEqual({ batchItemFailures: [] });
    expect(store.deadLetters).toEqual([expect.objectContaining({ body: 'not json' })]);
  });
});
