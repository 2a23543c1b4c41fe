// The one table through the document client: paging, cursors, batches with their retries.
import pMap from 'p-map';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { InvalidCursorError, type Page } from '../read-port.js';

export interface TableOptions {
  client: DynamoDBClient;
  tableName: string;
}

export type Item = Record<string, any>;
export type Key = Record<string, string>;
type QueryInput = Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>;

/** With a filter, items read per item wanted (at most FILTERED_READ_MAX): one Query usually fills a page. */
const FILTERED_READ_AHEAD = 4;
const FILTERED_READ_MAX = 1000;

const encodeCursor = (key: Record<string, unknown> | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

function decodeCursor(cursor: string | null | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (key && typeof key === 'object' && !Array.isArray(key)) return key;
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}

export class TableClient {
  readonly db: DynamoDBDocumentClient;
  readonly name: string;

  constructor(options: TableOptions) {
    this.db = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.name = options.tableName;
  }

  /**
   * The pages of one Query, in order, for as long as the caller reads on. `firstPageLimit`: a
   * short first page for a caller that usually needs no more, then pages as large as DynamoDB gives.
   */
  async *pages(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>, options: { firstPageLimit?: number } = {}): AsyncGenerator<Item[]> {
    let start: Record<string, unknown> | undefined;
    let limit = options.firstPageLimit ?? input.Limit;
    do {
      const page = await this.db.send(new QueryCommand({ ...input, Limit: limit, TableName: this.name, ExclusiveStartKey: start }));
      yield page.Items ?? [];
      start = page.LastEvaluatedKey;
      limit = input.Limit;
    } while (start);
  }

  /** Every item a Query matches. */
  async queryAll(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Item[]> {
    const items: Item[] = [];
    for await (const page of this.pages(input)) items.push(...page);
    return items;
  }

  /** One page of `limit` items after `cursor`, with a cursor per item. */
  async queryPage<T>(input: QueryInput, limit: number, cursor: string | null | undefined, map: (item: Item) => T): Promise<Page<T>> {
    const items: T[] = [];
    const cursors: string[] = [];
    const keyNames = ['pk', 'sk', ...(input.IndexName ? [`${input.IndexName}pk`, `${input.IndexName}sk`] : [])];
    let start = decodeCursor(cursor);
    const keyOf = (item: Item) => Object.fromEntries(keyNames.map((k) => [k, item[k]]));
    // A filter can leave a page short: read ahead, keep reading until the page is full or the
    // data ends, and resume after the last item kept.
    const filtered = Boolean(input.FilterExpression);
    do {
      const wanted = limit - items.length;
      const result = await this.db.send(
        new QueryCommand({
          ...input,
          TableName: this.name,
          Limit: filtered ? Math.min(FILTERED_READ_MAX, wanted * FILTERED_READ_AHEAD) : wanted,
          ExclusiveStartKey: start,
        }),
      );
      const found = result.Items ?? [];
      for (const item of found.slice(0, wanted)) {
        items.push(map(item));
        cursors.push(encodeCursor(keyOf(item))!);
      }
      start = found.length > wanted ? keyOf(found[wanted - 1]!) : result.LastEvaluatedKey;
    } while (start && items.length < limit && filtered);
    return { items, cursors, cursor: encodeCursor(start) };
  }

  async batchGet(keys: Key[]): Promise<Item[]> {
    const unique = [...new Map(keys.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
    const items: Item[] = [];
    for (const batch of chunks(unique, 100)) {
      let pending: Key[] | undefined = batch;
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 0) await backOff(attempt);
        const result = await this.db.send(new BatchGetCommand({ RequestItems: { [this.name]: { Keys: pending } } }));
        items.push(...(result.Responses?.[this.name] ?? []));
        pending = result.UnprocessedKeys?.[this.name]?.Keys as Key[] | undefined;
      }
    }
    return items;
  }

  /** Puts and deletes, 25 a request (`concurrency` requests at once), retrying what DynamoDB leaves unprocessed. */
  async batchWrite(requests: Array<Record<string, unknown>>, concurrency = 1) {
    const batches = [...chunks(requests, 25)];
    const send = async (batch: Array<Record<string, unknown>>) => {
      let pending: Array<Record<string, unknown>> | undefined = batch;
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 0) await backOff(attempt);
        const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.name]: pending as never } }));
        pending = result.UnprocessedItems?.[this.name] as Array<Record<string, unknown>> | undefined;
        if (attempt > 8 && pending?.length) throw new Error(`DynamoDB left ${pending.length} writes unprocessed`);
      }
    };
    const workers = Array.from({ length: Math.min(concurrency, batches.length) }, async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) await send(batch);
    });
    await Promise.all(workers);
  }
}

const backOff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));

/** A write whose condition failed (the item is gone, or holds newer data) is skipped. */
export const ignoreConditionFailed = (error: Error): undefined => {
  if (error.name !== 'ConditionalCheckFailedException') throw error;
  return undefined;
};

/** Independent item writes of one article sent at once. */
const WRITE_CONCURRENCY = 10;

/** Runs `task` over `items`, a bounded number at a time: independent writes (of one article, of a reference file). */
export async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<unknown>, concurrency = WRITE_CONCURRENCY): Promise<void> {
  await pMap(items, task, { concurrency });
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
